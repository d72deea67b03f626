"""timelinejs.json and timeline.html: what TimelineJS gets, and that articles cannot inject markup."""
import json
from html.parser import HTMLParser

from timeline.export import html_page, timelinejs
from fixtures.export import sample  # tests/ is on sys.path under pytest


class Tags(HTMLParser):
    """Every start tag with its attributes, as a browser would see them."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.tags = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)


def test_dates_only_to_their_precision():
    events = timelinejs.build(sample.sample_timeline())["events"]
    got = [(e["start_date"], e.get("end_date"), e.get("display_date")) for e in events]
    assert got == [
        ({"year": 2023, "month": 3, "day": 6}, None, None),               # day
        ({"year": 2023, "month": 3}, None, None),                         # month
        ({"year": 2023}, None, "Spring 2023"),                            # season
        ({"year": 2022}, None, None),                                     # year
        ({"year": 2023, "month": 12, "day": 31}, None, "By 31 December 2023"),
        ({"year": 2024, "month": 12, "day": 5}, None, "Expected about 5 December 2024"),
        ({"year": 2022, "month": 10}, None, "Since October 2022"),
    ]
    # Date parts are numbers, as the TimelineJS docs ask.
    assert all(isinstance(v, int) for e in events for v in e["start_date"].values())


def test_multi_unit_spans_get_an_end_date():
    from datetime import date
    from timeline.model import Event, TimeSpan
    span = TimeSpan(date(2023, 3, 1), date(2023, 5, 31), "month", "2023-03/2023-05")
    start, end = timelinejs.dates(span)
    assert (start, end) == ({"year": 2023, "month": 3}, {"year": 2023, "month": 5})
    event = Event("x", span, "h", "t", (), ())
    assert timelinejs.display_date(event) is None


def test_slides_have_headline_text_group_and_unique_id():
    data = timelinejs.build(sample.sample_timeline())
    assert data["title"]["text"]["headline"] == "Talks &amp; budget: 习近平 &lt;b&gt;2023&lt;/b&gt;"
    assert "7 events from 3 articles" in data["title"]["text"]["text"]
    e1 = data["events"][0]
    assert e1["unique_id"] == "e1" and e1["group"] == "Reported"
    assert e1["text"]["headline"] == "Leaders meet in Beijing; 习近平 says &quot;progress&quot;"
    assert "Leaders met in Beijing on Monday" in e1["text"]["text"]
    assert data["events"][5]["group"] == "Planned"
    assert len({e["unique_id"] for e in data["events"]}) == len(data["events"])


def test_sources_become_links_only_for_web_addresses():
    e1, e7 = (timelinejs.build(sample.sample_timeline())["events"][i] for i in (0, 6))
    links = [attrs for tag, attrs in Tags(e1["text"]["text"]).tags if tag == "a"]
    assert [a["href"] for a in links] == ["https://news.example/a?x=1&y=2"]
    assert links[0]["rel"] == "noopener noreferrer"
    assert "Budget &quot;deal&quot;, protests, and 习近平" in e1["text"]["text"]  # no url: text
    assert [t for t, _ in Tags(e7["text"]["text"]).tags if t == "a"] == []  # javascript:


def test_no_article_string_becomes_markup():
    data = timelinejs.build(sample.sample_timeline())
    for s in strings(data):
        for tag, attrs in Tags(s).tags:
            assert tag in ("p", "br", "a"), (tag, s)
            assert not any(name.startswith("on") for name in attrs), s
            if tag == "a":
                assert attrs["href"].startswith(("https://", "http://"))
    rendered = timelinejs.render(sample.sample_timeline())
    assert "<script" not in rendered and "<img" not in rendered
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered


def test_json_bytes_are_stable_and_utf8(tmp_path):
    a = timelinejs.write(sample.sample_timeline(), tmp_path / "a.json").read_bytes()
    b = timelinejs.write(sample.sample_timeline(), tmp_path / "b.json").read_bytes()
    assert a == b
    assert json.loads(a.decode("utf-8")) == timelinejs.build(sample.sample_timeline())


# ---- the HTML page -----------------------------------------------------------------------

def test_page_loads_timelinejs_from_the_cdn_by_default():
    page = html_page.render(sample.sample_timeline())
    tags = Tags(page).tags
    assert ("link", {"title": "timeline-styles", "rel": "stylesheet",
                     "href": "https://cdn.knightlab.com/libs/timeline3/latest/css/timeline.css"}) in tags
    assert ("script", {"src": "https://cdn.knightlab.com/libs/timeline3/latest/js/timeline.js"}) in tags
    assert "new TL.Timeline('timeline-embed', data, options)" in page
    assert 'var options = {"font":"default"};' in page
    assert ("div", {"id": "timeline-embed"}) in tags


def test_page_urls_can_point_elsewhere():
    page = html_page.render(sample.sample_timeline(), js_url="vendor/timeline.js?a=1&b=2",
                            css_url="vendor/timeline.css")
    tags = Tags(page).tags
    assert ("script", {"src": "vendor/timeline.js?a=1&b=2"}) in tags
    assert any(t == "link" and a["href"] == "vendor/timeline.css" for t, a in tags)
    assert "cdn.knightlab.com" not in page
    # A self-hosted page uses system fonts, so it makes no request to a web font service.
    assert 'var options = {"font":"georgia-helvetica"};' in page
    page = html_page.render(sample.sample_timeline(), js_url="tl.js", font="</script>")
    assert 'var options = {"font":"\\u003c/script\\u003e"};' in page


def test_page_title_is_escaped():
    page = html_page.render(sample.sample_timeline())
    assert "<title>Talks &amp; budget: 习近平 &lt;b&gt;2023&lt;/b&gt;</title>" in page


def test_embedded_data_cannot_break_out_and_reads_back_equal():
    page = html_page.render(sample.sample_timeline(title="</script><script>alert(1)</script><!--"))
    # Exactly our three scripts: the library, the data and the call.
    assert [t for t, _ in Tags(page).tags].count("script") == 3
    start = page.index('<script type="application/json" id="timeline-data">')
    body = page[start:].split(">", 1)[1].split("</script>", 1)[0]
    assert "<" not in body and ">" not in body
    data = json.loads(body)
    assert data == timelinejs.build(sample.sample_timeline(
        title="</script><script>alert(1)</script><!--"))


def test_page_bytes_are_stable():
    assert html_page.render(sample.sample_timeline()) == html_page.render(sample.sample_timeline())
