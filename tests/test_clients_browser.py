"""timeline.html and timelinejs.json in real TimelineJS3 (npm), in headless Chromium (Debian).

TimelineJS is served from .clients/node by a local http server (the CDN is not used); the
page itself is opened from disk, as a user double-clicking timeline.html would. A screenshot
of the sample timeline is saved to test-artifacts/clients/timeline.png.
"""
from __future__ import annotations

import dataclasses
import json
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest

import clients_support as cs
from timeline.export import write_exports
from timeline.model import Document

sample = cs.sample()
N = len(sample.EVENTS)


@pytest.fixture(scope="module")
def dist():
    return cs.need_timelinejs()


@pytest.fixture(scope="module")
def browser_context():
    chromium = cs.need_program("chromium", "chromium-browser")
    sync_api = cs.need_module("playwright.sync_api", "playwright")
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile, \
            sync_api.sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            profile, executable_path=chromium, headless=True, args=cs.CHROMIUM_ARGS,
            viewport={"width": 1280, "height": 860}, locale="en-US", timezone_id="UTC")
        yield context
        context.close()


@pytest.fixture(scope="module")
def server(dist, tmp_path_factory):
    exports = tmp_path_factory.mktemp("served")
    with cs.LocalServer(tl=dist, exports=exports) as srv:
        srv.exports = exports
        yield srv


class Visit:
    """One page in the browser, with everything it reported."""

    def __init__(self, context, url: str, expected_markers: int):
        self.page = page = context.new_page()
        self.console, self.errors, self.dialogs, self.requests, self.failed = [], [], [], [], []
        page.on("console", lambda m: self.console.append((m.type, m.text)))
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("requestfailed", lambda r: self.failed.append((r.url, r.failure)))
        page.goto(url, wait_until="load")
        page.wait_for_function(
            f"document.querySelectorAll('.tl-timemarker').length >= {expected_markers}",
            timeout=20_000)
        page.wait_for_load_state("networkidle")
        page.evaluate("document.fonts.ready.then(() => true)")

    def js(self, expression: str):
        return self.page.evaluate(expression)

    def console_errors(self):
        return [text for kind, text in self.console if kind == "error"] + self.errors

    def outside_requests(self):
        """Requests that left this machine (the page must need no CDN when self-hosted)."""
        return [u for u in self.requests
                if urlsplit(u).scheme not in ("file", "data", "blob", "about")
                and urlsplit(u).hostname != "127.0.0.1"]

    def close(self):
        self.page.close()


def _page(server, timeline, name: str) -> Path:
    out = cs.artifacts("pages", name)
    write_exports(timeline, out, ["html", "timelinejs"],
                  js_url=server.url("tl", "js/timeline.js"),
                  css_url=server.url("tl", "css/timeline.css"))
    return out


SLIDES = """() => Array.from(document.querySelectorAll('.tl-slide')).map(s => ({
    id: s.id,
    title: s.classList.contains('tl-slide-titleslide'),
    date: (s.querySelector('.tl-headline-date') || {}).textContent || '',
    headline: ((s.querySelector('.tl-headline') || {}).textContent || '')
}))"""
MARKERS = """() => Array.from(document.querySelectorAll('.tl-timemarker')).map(m => ({
    id: m.id, headline: (m.querySelector('.tl-headline') || {}).textContent || ''}))"""
GROUPS = "() => Array.from(document.querySelectorAll('.tl-timegroup-message')).map(g => g.textContent)"


def test_page_renders_every_event_at_its_precision_with_groups(browser_context, server):
    timeline = sample.sample_timeline()
    out = _page(server, timeline, "sample")
    visit = Visit(browser_context, (out / "timeline.html").as_uri(), N)
    try:
        assert visit.failed == []
        assert visit.outside_requests() == []
        assert visit.console_errors() == [], visit.failed
        slides = visit.js(SLIDES)
        markers = visit.js(MARKERS)
        # One slide per event plus the title slide; one marker per event.
        assert len(slides) == N + 1 and sum(s["title"] for s in slides) == 1
        assert len(markers) == N
        assert sorted(m["id"] for m in markers) == sorted(f"{e.id}-marker" for e in sample.EVENTS)
        # Headlines show as the article wrote them: quotes, CJK, formula-looking text.
        assert sorted(m["headline"] for m in markers) == sorted(e.headline for e in sample.EVENTS)
        title = next(s for s in slides if s["title"])
        assert title["headline"] == timeline.title  # "<b>2023</b>" shows as characters
        dates = {s["id"]: s["date"] for s in slides if not s["title"]}
        assert dates == {
            "e1": "March 6, 2023",                      # a day, in TimelineJS's own words
            "e2": "March 2023",                         # a month: no invented day
            "e3": "Spring 2023",                        # a season: our display_date
            "e4": "2022",                               # a year: no month, no day
            "e5": "By 31 December 2023",
            "e6": "Expected about 5 December 2024",
            "e7": "Since October 2022",
        }
        assert sorted(visit.js(GROUPS)) == ["Planned", "Reported"]
        visit.page.screenshot(path=str(cs.artifacts() / "timeline.png"))
        # Go to the first event, as a reader pressing "next" would, and take that view too.
        visit.page.locator(".tl-slidenav-next").first.click()
        visit.page.wait_for_timeout(800)  # the slide animation; not an assertion
        visit.page.screenshot(path=str(cs.artifacts() / "timeline-first-event.png"))
        assert visit.console_errors() == [] and visit.dialogs == []
    finally:
        visit.close()


def test_timelinejs_json_loads_by_url_in_timelinejs(browser_context, server):
    timeline = sample.sample_timeline()
    write_exports(timeline, server.exports, ["timelinejs"])
    (server.exports / "index.html").write_text(f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<link rel="stylesheet" href="{server.url('tl', 'css/timeline.css')}">
<script src="{server.url('tl', 'js/timeline.js')}"></script></head>
<body style="margin:0"><div id="tl" style="width:100%;height:700px"></div>
<script>window.timeline = new TL.Timeline('tl', 'timelinejs.json',
  {{script_path: '{server.url('tl', 'js/')}', font: 'georgia-helvetica'}});</script></body></html>""", encoding="utf-8")
    visit = Visit(browser_context, server.url("exports", "index.html"), N)
    try:
        assert visit.console_errors() == [], visit.failed
        assert visit.outside_requests() == []
        slides = visit.js(SLIDES)
        assert len(slides) == N + 1
        data = json.loads((server.exports / "timelinejs.json").read_text(encoding="utf-8"))
        assert {s["id"] for s in slides if not s["title"]} == {
            e["unique_id"] for e in data["events"]}
        assert {s["id"]: s["date"] for s in slides}["e2"] == "March 2023"
        assert sorted(visit.js(GROUPS)) == ["Planned", "Reported"]
    finally:
        visit.close()


PWN = "window.__pwned = (window.__pwned || 0) + 1"
HOSTILE = [
    f'<img src=x onerror="{PWN}">',
    f"<script>{PWN}</script>",
    f'</script><script>{PWN}</script><!--',
    f'"><svg onload="{PWN}">',
    f"<iframe srcdoc='<script>parent.{PWN}</script>'></iframe>",
    "<script>alert('xss')</script>",
]


def _hostile_timeline():
    timeline = sample.sample_timeline(title=" ".join(HOSTILE[2:4]))
    docs = (Document(id="h1", text="x", title=HOSTILE[0], outlet=HOSTILE[3],
                     url=f"javascript:{PWN}"),) + timeline.documents
    events = tuple(
        dataclasses.replace(e, headline=f"{e.headline} {HOSTILE[i % len(HOSTILE)]}",
                            text=f"{HOSTILE[(i + 1) % len(HOSTILE)]} {e.text}",
                            sources=("h1",) + e.sources)
        for i, e in enumerate(timeline.events))
    return dataclasses.replace(timeline, documents=docs, events=events)


def test_hostile_article_text_does_not_run_in_the_page(browser_context, server):
    timeline = _hostile_timeline()
    out = _page(server, timeline, "hostile")
    visit = Visit(browser_context, (out / "timeline.html").as_uri(), N)
    try:
        # Visit every slide, so every text has been put on screen.
        for _ in range(N):
            visit.page.locator(".tl-slidenav-next").first.click()
        visit.page.wait_for_timeout(500)  # let any injected handler fire; not an assertion
        assert visit.js("window.__pwned === undefined"), "article text ran as script"
        assert visit.dialogs == []
        assert visit.console_errors() == [], visit.failed
        injected = visit.js("""() => document.querySelectorAll(
            '#timeline-embed img[src="x"], #timeline-embed svg[onload], #timeline-embed iframe,'
            + ' #timeline-embed script, [onerror], [onload], a[href^="javascript:"]').length""")
        assert injected == 0
        # The hostile text is still there, as text, for the reader to see.
        headlines = sorted(m["headline"] for m in visit.js(MARKERS))
        assert headlines == sorted(e.headline for e in timeline.events)
        title = next(s for s in visit.js(SLIDES) if s["title"])
        assert title["headline"] == timeline.title
    finally:
        visit.close()


def test_seed_timeline_renders_every_event(browser_context, server):
    """The README's own run: the five seed articles, as a reader opens timeline.html."""
    from timeline import build_timeline
    timeline = build_timeline([Path(__file__).resolve().parent.parent / "seeds"])
    out = _page(server, timeline, "seeds")
    visit = Visit(browser_context, (out / "timeline.html").as_uri(), len(timeline.events))
    try:
        assert visit.console_errors() == [] and visit.outside_requests() == []
        slides = visit.js(SLIDES)
        assert len(slides) == len(timeline.events) + 1
        assert len(visit.js(MARKERS)) == len(timeline.events)
        visit.page.screenshot(path=str(cs.artifacts() / "seeds-timeline.png"))
        visit.page.locator(".tl-slidenav-next").first.click()
        visit.page.wait_for_timeout(800)  # the slide animation; not an assertion
        visit.page.screenshot(path=str(cs.artifacts() / "seeds-first-event.png"))
    finally:
        visit.close()
