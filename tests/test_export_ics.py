"""timeline.ics: what a calendar app imports."""
from datetime import date, datetime, timezone

import pytest
from icalendar import Calendar

from timeline.export import calendar_ics
from fixtures.export import sample  # tests/ is on sys.path under pytest


def parse(data: bytes) -> dict:
    cal = Calendar.from_ical(data)
    return cal, {str(ev["UID"]): ev for ev in cal.walk("VEVENT")}


def test_calendar_header():
    cal, _ = parse(calendar_ics.render(sample.sample_timeline()))
    assert str(cal["VERSION"]) == "2.0"
    assert str(cal["PRODID"]) == calendar_ics.PRODID
    assert str(cal["X-WR-CALNAME"]) == "Talks & budget: 习近平 <b>2023</b>"


def test_one_vevent_per_event_with_unique_stable_uids():
    timeline = sample.sample_timeline()
    cal, events = parse(calendar_ics.render(timeline))
    assert len(cal.walk("VEVENT")) == len(timeline.events)
    assert sorted(events) == sorted(f"{e.id}@timeline" for e in timeline.events)
    _, again = parse(calendar_ics.render(sample.sample_timeline()))
    assert sorted(again) == sorted(events)


def test_bytes_identical_across_runs(tmp_path):
    a = calendar_ics.write(sample.sample_timeline(), tmp_path / "a.ics").read_bytes()
    b = calendar_ics.write(sample.sample_timeline(), tmp_path / "b.ics").read_bytes()
    assert a == b


def test_lines_end_with_crlf_and_fold_at_75_octets():
    data = calendar_ics.render(sample.sample_timeline())
    assert data.endswith(b"\r\n")
    lines = data.split(b"\r\n")[:-1]
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    assert all(len(line) <= 75 for line in lines)
    assert any(line.startswith(b" ") for line in lines)  # long descriptions were folded
    for line in lines:
        line.decode("utf-8")  # folding never splits a multi-byte character


def when(ev):
    return ev.decoded("DTSTART"), ev.decoded("DTEND")


def test_all_day_dates_with_exclusive_end():
    _, ev = parse(calendar_ics.render(sample.sample_timeline()))
    assert when(ev["e1@timeline"]) == (date(2023, 3, 6), date(2023, 3, 7))     # day
    assert when(ev["e2@timeline"]) == (date(2023, 3, 1), date(2023, 4, 1))     # month
    assert when(ev["e3@timeline"]) == (date(2023, 3, 1), date(2023, 6, 1))     # season
    assert when(ev["e4@timeline"]) == (date(2022, 1, 1), date(2023, 1, 1))     # year
    assert when(ev["e5@timeline"]) == (date(2023, 12, 31), date(2024, 1, 1))   # by: deadline
    assert when(ev["e6@timeline"]) == (date(2024, 12, 5), date(2024, 12, 6))   # planned
    assert when(ev["e7@timeline"]) == (date(2022, 10, 1), date(2022, 10, 2))   # since: start
    raw = calendar_ics.render(sample.sample_timeline())
    assert b"DTSTART;VALUE=DATE:20230306\r\n" in raw
    assert b"DTEND;VALUE=DATE:20230307\r\n" in raw


def test_coarse_marker_mode_is_one_day_with_the_precision_in_the_summary():
    _, ev = parse(calendar_ics.render(sample.sample_timeline(), coarse="marker"))
    assert when(ev["e2@timeline"]) == (date(2023, 3, 1), date(2023, 3, 2))
    assert str(ev["e2@timeline"]["SUMMARY"]).startswith("[March 2023] ")
    assert str(ev["e3@timeline"]["SUMMARY"]).startswith("[Spring 2023] ")
    assert str(ev["e4@timeline"]["SUMMARY"]).startswith("[2022] ")
    assert when(ev["e1@timeline"]) == (date(2023, 3, 6), date(2023, 3, 7))  # days unchanged
    with pytest.raises(ValueError):
        calendar_ics.render(sample.sample_timeline(), coarse="bars")


def test_summaries_say_planned_by_and_since():
    _, ev = parse(calendar_ics.render(sample.sample_timeline()))
    summary = {uid: str(e["SUMMARY"]) for uid, e in ev.items()}
    assert summary["e1@timeline"] == 'Leaders meet in Beijing; 习近平 says "progress"'
    assert summary["e5@timeline"] == "[By 31 December 2023] -Deal promised"
    assert summary["e6@timeline"] == "Planned: [About 5 December 2024] @Summit planned"
    assert summary["e7@timeline"].startswith("[Since October 2022] ")
    assert str(ev["e6@timeline"]["STATUS"]) == "TENTATIVE"


def test_description_has_text_and_sources_with_addresses():
    _, ev = parse(calendar_ics.render(sample.sample_timeline()))
    text = str(ev["e1@timeline"]["DESCRIPTION"])
    assert text.startswith(sample.EVENTS[0].text)
    assert "Example Wire (2023-03-08) <https://news.example/a?x=1&y=2>" in text
    assert 'Budget "deal", protests, and 习近平 (2023-03-10)' in text
    assert '"on Monday" (d1)' in text


def test_url_only_from_a_web_address():
    _, ev = parse(calendar_ics.render(sample.sample_timeline()))
    assert str(ev["e1@timeline"]["URL"]) == "https://news.example/a?x=1&y=2"
    assert "URL" not in ev["e3@timeline"]  # its only source has no url
    assert "URL" not in ev["e7@timeline"]  # javascript: is not a link


def test_categories_and_deterministic_stamp():
    _, ev = parse(calendar_ics.render(sample.sample_timeline()))
    assert list(ev["e6@timeline"].categories) == ["day", "planned", "approximate"]
    # The newest publication date of the sources, at midnight UTC.
    assert ev["e1@timeline"].decoded("DTSTAMP") == datetime(2023, 3, 10, tzinfo=timezone.utc)
    assert ev["e2@timeline"].decoded("DTSTAMP") == datetime(2023, 3, 8, tzinfo=timezone.utc)
    # d3 has no date: fall back to the newest publication of the timeline.
    assert ev["e7@timeline"].decoded("DTSTAMP") == datetime(2023, 3, 10, tzinfo=timezone.utc)
