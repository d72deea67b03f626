"""events.json: lossless, valid against its schema, and readable back into the same Timeline."""
import json

from pathlib import Path

import jsonschema
import pytest

from timeline.export import read_events_json
from timeline.export import events_json
from fixtures.export import sample  # tests/ is on sys.path under pytest


def test_round_trip_gives_an_equal_timeline(tmp_path):
    timeline = sample.sample_timeline()
    path = events_json.write(timeline, tmp_path / "events.json")
    assert read_events_json(path) == timeline


def test_output_validates_against_the_schema(tmp_path):
    path = events_json.write(sample.sample_timeline(), tmp_path / "events.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    schema = events_json.load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    assert list(validator.iter_errors(data)) == []


def test_schema_rejects_a_malformed_event():
    data = events_json.to_data(sample.sample_timeline())
    data["events"][0]["start"] = "6 March 2023"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, events_json.load_schema(),
                            format_checker=jsonschema.FormatChecker())


def test_event_fields_and_mentions():
    data = events_json.to_data(sample.sample_timeline())
    assert data["schema"] == events_json.SCHEMA_VERSION
    assert [e["id"] for e in data["events"]] == ["e1", "e2", "e3", "e4", "e5", "e6", "e7"]
    e1 = data["events"][0]
    assert (e1["start"], e1["end"], e1["precision"], e1["kind"]) == (
        "2023-03-06", "2023-03-06", "day", "point")
    assert e1["sources"] == ["d1", "d2"]
    m = e1["mentions"][0]
    doc = sample.DOCS[0]
    # The offsets point at the words, in the document text that is kept in the file.
    assert doc.text[m["start"]:m["end"]] == m["expression"] == "on Monday"
    assert doc.text[m["sentence_start"]:m["sentence_end"]] == m["sentence"]
    assert m["anchor"] == {"kind": "published", "date": "2023-03-08", "text": None, "start": None}
    e6 = data["events"][5]
    assert (e6["status"], e6["kind"], e6["slack_days"]) == ("planned", "approximate", 2)


def test_mention_dated_by_publication_has_null_expression():
    data = events_json.to_data(sample.sample_timeline())
    by_pub = data["events"][6]["mentions"][1]
    assert by_pub["dated_by"] == "publication"
    assert by_pub["expression"] is None and by_pub["start"] is None
    assert by_pub["span"]["start"] == "2022-10-01"


def test_all_time_mentions_are_listed_including_durations():
    data = events_json.to_data(sample.sample_timeline())
    assert len(data["mentions"]) == len(sample.MENTIONS)
    duration = data["mentions"][-1]
    assert duration["type"] == "DURATION" and duration["span"] is None


def test_non_ascii_is_written_as_utf8_and_bytes_are_stable(tmp_path):
    a = events_json.write(sample.sample_timeline(), tmp_path / "a.json").read_bytes()
    b = events_json.write(sample.sample_timeline(), tmp_path / "b.json").read_bytes()
    assert a == b
    assert "习近平".encode("utf-8") in a


def test_without_texts_the_file_is_smaller_and_still_valid():
    data = events_json.to_data(sample.sample_timeline(), include_text=False)
    assert all("text" not in d for d in data["documents"])
    jsonschema.validate(data, events_json.load_schema())


def test_reader_refuses_other_files(tmp_path):
    path = tmp_path / "other.json"
    path.write_text('{"events": []}', encoding="utf-8")
    with pytest.raises(ValueError):
        read_events_json(path)


def test_compact_by_default_streamed_and_indented_on_request(tmp_path):
    import json as _json
    from timeline import read_events_json, write_exports
    from timeline.export.events_json import to_data
    timeline = read_events_json(Path(__file__).resolve().parents[1] / "exports" / "events.json")
    compact = write_exports(timeline, tmp_path / "c", ["json"])[0].read_text(encoding="utf-8")
    # the streamed pieces join to exactly what one json.dumps gives
    assert compact == _json.dumps(to_data(timeline), ensure_ascii=False,
                                  separators=(",", ":")) + "\n"
    assert compact.count("\n") == 1
    indented = write_exports(timeline, tmp_path / "i", ["json"], indent=2)[0]
    text = indented.read_text(encoding="utf-8")
    assert text.startswith('{\n  "schema"') and _json.loads(text) == _json.loads(compact)
