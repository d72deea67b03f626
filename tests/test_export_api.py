"""write_exports: the one call the CLI makes."""

import pytest

from timeline.export import DEFAULT_FORMATS, FILENAMES, FORMATS, read_events_json, write_exports
from timeline.model import Timeline
from fixtures.export import sample  # tests/ is on sys.path under pytest


def test_formats_are_ordered_and_sheet_is_opt_in():
    assert FORMATS[:5] == ("json", "csv", "ics", "timelinejs", "html")
    assert "sheet" in FORMATS and "sheet" not in DEFAULT_FORMATS


def test_default_writes_the_default_files_into_a_new_directory(tmp_path):
    out = tmp_path / "exports" / "nested"
    paths = write_exports(sample.sample_timeline(), out)
    assert [p.name for p in paths] == [
        "events.json", "timeline.csv", "timeline.ics", "timelinejs.json", "timeline.html",
        "timeline.xlsx"]
    assert all(p.parent == out and p.stat().st_size > 0 for p in paths)
    assert not (out / FILENAMES["sheet"]).exists()


def test_all_formats_are_byte_identical_across_runs(tmp_path):
    a = write_exports(sample.sample_timeline(), tmp_path / "a", formats=FORMATS)
    b = write_exports(sample.sample_timeline(), tmp_path / "b", formats=FORMATS)
    assert [p.name for p in a] == [p.name for p in b] == [FILENAMES[f] for f in FORMATS]
    for pa, pb in zip(a, b):
        assert pa.read_bytes() == pb.read_bytes(), pa.name


def test_options_reach_the_formats_that_take_them(tmp_path):
    paths = write_exports(sample.sample_timeline(), tmp_path, formats=["csv", "sheet", "ics", "html"],
                          bom=True, coarse="marker", js_url="tl.js")
    csv, sheet, ics, html = (p.read_bytes() for p in paths)
    assert csv.startswith(b"\xef\xbb\xbf") and sheet.startswith(b"\xef\xbb\xbf")
    assert b"SUMMARY:[March 2023]" in ics
    assert b'<script src="tl.js">' in html


def test_unknown_format_or_option_is_an_error(tmp_path):
    with pytest.raises(ValueError):
        write_exports(sample.sample_timeline(), tmp_path, formats=["pdf"])
    with pytest.raises(TypeError):
        write_exports(sample.sample_timeline(), tmp_path, boom=True)


def test_an_empty_timeline_exports_cleanly(tmp_path):
    empty = Timeline(documents=(), events=())
    paths = write_exports(empty, tmp_path, formats=FORMATS)
    assert len(paths) == len(FORMATS)
    assert read_events_json(tmp_path / "events.json") == empty
    assert (tmp_path / "timeline.csv").read_text(encoding="utf-8").startswith("id,start,end")
