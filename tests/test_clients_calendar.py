"""timeline.ics in two independent parsers (icalendar, vobject) and a real calendar program
(Debian's calcurse, importing with -i and listing with -Q in a throw-away config and data dir).
"""
from __future__ import annotations

import dataclasses
import os
import re
import subprocess
from datetime import date, timedelta


import clients_support as cs
from timeline.export import calendar_ics

sample = cs.sample()
EVENTS = {e.id: e for e in sample.EVENTS}

# Where each sample event lands by default (coarse="span"): first and last day, inclusive.
SPAN_DAYS = {
    "e1": (date(2023, 3, 6), date(2023, 3, 6)),
    "e2": (date(2023, 3, 1), date(2023, 3, 31)),    # March 2023: all of March
    "e3": (date(2023, 3, 1), date(2023, 5, 31)),    # Spring 2023
    "e4": (date(2022, 1, 1), date(2022, 12, 31)),   # 2022
    "e5": (date(2023, 12, 31), date(2023, 12, 31)),  # by 31 December 2023: the deadline
    "e6": (date(2024, 12, 5), date(2024, 12, 5)),
    "e7": (date(2022, 10, 1), date(2022, 10, 1)),   # since October 2022: where it begins
}
SUMMARIES = {
    "e1": 'Leaders meet in Beijing; 习近平 says "progress"',
    "e2": '=HYPERLINK("http://evil.example","Budget passed")',
    "e3": '"Record" protests, in many cities',
    "e4": "+Council formed",
    "e5": "[By 31 December 2023] -Deal promised",
    "e6": "Planned: [About 5 December 2024] @Summit planned",
    "e7": "[Since October 2022] Prices rise <script>alert(1)</script>",
}


def _long_timeline():
    """The sample plus an event whose texts force folding inside multi-byte characters."""
    timeline = sample.sample_timeline()
    long = dataclasses.replace(
        timeline.events[0], id="e-long",
        headline="长" * 40 + ' "quoted", with; semi\\colons ' + "é" * 30,
        text="Line one, with a comma; and a semicolon.\nLine two: back\\slash " + "ü" * 80)
    return dataclasses.replace(timeline, events=timeline.events + (long,))


def test_vobject_and_icalendar_read_the_same_events():
    vobject = cs.need_module("vobject")
    import icalendar
    timeline = _long_timeline()
    data = calendar_ics.render(timeline)
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    assert data.count(b"\n") == data.count(b"\r\n")
    cal = vobject.readOne(data.decode("utf-8"))
    assert cal.version.value == "2.0" and cal.prodid.value == calendar_ics.PRODID
    by_vobject = {v.uid.value: v for v in cal.vevent_list}
    by_icalendar = {v["UID"]: v for v in icalendar.Calendar.from_ical(data).walk("VEVENT")}
    assert len(by_vobject) == len(by_icalendar) == len(timeline.events)  # UIDs are unique
    for event in timeline.events:
        uid = calendar_ics.uid_for(event)
        v, i = by_vobject[uid], by_icalendar[uid]
        assert v.summary.value == str(i["SUMMARY"])
        assert v.description.value == str(i["DESCRIPTION"])
        assert v.dtstart.value == i["DTSTART"].dt and type(v.dtstart.value) is date
        assert v.dtend.value == i["DTEND"].dt and v.dtend.value > v.dtstart.value
        assert v.dtstamp.value == i["DTSTAMP"].dt
        assert v.dtstart.params.get("VALUE") == ["DATE"]
    long = by_vobject["e-long@timeline"]
    assert long.summary.value == timeline.events[-1].headline
    assert long.description.value.startswith(timeline.events[-1].text)
    for event_id, (first, last) in SPAN_DAYS.items():
        v = by_vobject[f"{event_id}@timeline"]
        assert (v.dtstart.value, v.dtend.value) == (first, last + timedelta(days=1)), event_id
        assert v.summary.value == SUMMARIES[event_id]


def test_uids_and_stamps_are_the_same_on_every_run():
    vobject = cs.need_module("vobject")
    runs = [vobject.readOne(calendar_ics.render(sample.sample_timeline()).decode("utf-8"))
            for _ in range(2)]
    keys = [[(v.uid.value, v.dtstamp.value) for v in cal.vevent_list] for cal in runs]
    assert keys[0] == keys[1]
    assert [uid for uid, _ in keys[0]] == [f"{e.id}@timeline" for e in sample.EVENTS]


class Calcurse:
    """calcurse with its own config and data folders, never the user's."""

    def __init__(self, root):
        self.exe = cs.need_program("calcurse")
        self.conf, self.data = root / "conf", root / "data"
        self.conf.mkdir()
        self.data.mkdir()
        # ISO dates in and out, whatever the defaults.
        (self.conf / "conf").write_text("format.inputdate=4\nformat.outputdate=%Y-%m-%d\n")
        self.env = {**os.environ, "HOME": str(root), "LC_ALL": "C.UTF-8", "TZ": "UTC"}

    def run(self, *args) -> str:
        done = subprocess.run([self.exe, "-C", str(self.conf), "-D", str(self.data), *args],
                              capture_output=True, text=True, encoding="utf-8", env=self.env,
                              stdin=subprocess.DEVNULL, timeout=60)
        assert done.returncode == 0, done.stderr
        return done.stdout

    def days(self, first: date, last: date, fmt: str = "%m") -> dict[date, list[str]]:
        """{day: [what calcurse lists that day]} for every day from first to last."""
        # calcurse leaves out days with nothing on them.
        listing: dict[date, list[str]] = {first + timedelta(days=n): []
                                          for n in range((last - first).days + 1)}
        out = self.run("-Q", "--filter-type", "cal", "--from", first.isoformat(),
                       "--to", last.isoformat(), "--format-event", f"\x1e{fmt}\n",
                       "--format-recur-event", f"\x1e{fmt}\n")  # multi-day events recur daily
        current = None
        for block in re.split(r"^(\d{4}-\d{2}-\d{2}):\n", out, flags=re.M)[1:]:
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", block):
                current = date.fromisoformat(block)
            else:
                listing[current] = [item.rstrip("\n") for item in block.split("\x1e")[1:]]
        return listing


def _import(tmp_path, **options):
    calcurse = Calcurse(tmp_path)
    ics = tmp_path / "timeline.ics"
    calendar_ics.write(sample.sample_timeline(), ics, **options)
    report = calcurse.run("-i", str(ics))
    assert re.search(rf"\b0 apps / {len(sample.EVENTS)} events / 0 todos / 0 skipped", report), report
    return calcurse


def test_calcurse_imports_every_event_on_the_right_days(tmp_path):
    calcurse = _import(tmp_path)
    listing = calcurse.days(date(2021, 12, 31), date(2025, 1, 1))
    for event_id, (first, last) in SPAN_DAYS.items():
        summary = SUMMARIES[event_id]
        on = [day for day, items in listing.items() if summary in items]
        assert on and (min(on), max(on)) == (first, last), event_id
        assert len(on) == (last - first).days + 1, event_id  # every day of the span, no gap
    # DTEND is exclusive: a month ends on its last day, not the first of the next month.
    assert SUMMARIES["e2"] not in listing[date(2023, 4, 1)]
    assert listing[date(2021, 12, 31)] == [] and listing[date(2025, 1, 1)] == []


def test_calcurse_shows_the_sources_and_their_addresses(tmp_path):
    calcurse = _import(tmp_path)
    day = date(2023, 3, 6)
    notes = calcurse.days(day, day, fmt="%m\n%N")[day]
    note = next(n for n in notes if n.startswith(SUMMARIES["e1"]))
    assert "Example Wire (2023-03-08) <https://news.example/a?x=1&y=2>" in note
    assert 'Budget "deal", protests, and 习近平 (2023-03-10)' in note
    assert 'Dated by: "on Monday" (d1); "on Monday" (d2)' in note


def test_calcurse_with_coarse_markers_puts_coarse_events_on_one_day(tmp_path):
    calcurse = _import(tmp_path, coarse="marker")
    listing = calcurse.days(date(2022, 1, 1), date(2023, 6, 30))
    assert "[March 2023] " + SUMMARIES["e2"] in listing[date(2023, 3, 1)]
    assert not any(SUMMARIES["e2"] in item for item in listing[date(2023, 3, 2)])
    assert "[2022] +Council formed" in listing[date(2022, 1, 1)]
    assert not any("Council" in item for item in listing[date(2022, 1, 2)])
