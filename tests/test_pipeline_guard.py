"""One document that fails or takes too long costs only itself: the build goes on, the
warning names the file, and the exit status says what happened."""
import json
import time
from pathlib import Path

from click.testing import CliRunner

from timeline import pipeline
from timeline.cli import EXIT_ERROR, EXIT_OK, EXIT_STRICT, main
from timeline.ingest import read_documents

GOOD = "---\npublished: 2023-03-20\n---\nXi arrived in Moscow on Monday for talks with Putin.\n"
POISON = "---\npublished: 2023-03-20\n---\nThe poison article said on Monday it was fine.\n"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    (folder / "poison.txt").write_text(POISON)
    return folder


def _poisoned_tag(real):
    def tag(text, dct=None, doc_id=None, mode="auto", language="en"):
        if "poison" in text:
            raise ValueError("year 10000 is out of range")
        return real(text, dct, doc_id, mode, language)
    return tag


def test_an_exception_in_one_document_costs_only_that_document(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "tag_document", _poisoned_tag(pipeline.tag_document))
    documents, warnings = read_documents([_folder(tmp_path)])
    tl = pipeline.build_from_documents(documents, warnings=warnings)
    assert {d.id for d in tl.documents} == {"good", "poison"}
    assert {s for e in tl.events for s in e.sources} == {"good"}
    failed = [w for w in tl.warnings if "poison.txt" in w]
    assert failed and "ValueError: year 10000 is out of range" in failed[0]


def test_a_stage_past_its_budget_is_cut_off(tmp_path, monkeypatch):
    real = pipeline.extract_events

    def slow(doc, mentions):
        if "poison" in doc.text:
            deadline = time.process_time() + 30
            while time.process_time() < deadline:  # busy: the budget counts CPU time
                pass
        return real(doc, mentions)

    monkeypatch.setattr(pipeline, "extract_events", slow)
    documents, _ = read_documents([_folder(tmp_path)])
    tl = pipeline.build_from_documents(documents, budget=0.5)
    assert {s for e in tl.events for s in e.sources} == {"good"}
    assert any("poison.txt" in w and "more than 0.5 s of CPU time" in w for w in tl.warnings)
    # the poisoned document's dates survive: only its event stage was cut off
    assert any(m.doc_id == "poison" for m in tl.mentions)


def test_warnings_reach_events_json_and_stderr(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "tag_document", _poisoned_tag(pipeline.tag_document))
    folder = _folder(tmp_path)
    (folder / "broken.json").write_text("[" * 100_000)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(folder), "--out", str(out),
                                       "--formats", "json,csv"])
    assert result.exit_code == EXIT_OK, result.output
    assert "Traceback" not in result.output
    data = json.loads((out / "events.json").read_text())
    for name in ("poison.txt", "broken.json"):
        assert any(name in w for w in data["warnings"])
        assert name in result.stderr
    assert {d["id"] for d in data["documents"]} == {"good", "poison"}


def test_strict_fails_on_warnings_after_writing(tmp_path):
    folder = _folder(tmp_path)
    (folder / "empty.txt").write_text("")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(folder), "--out", str(out), "--strict",
                                       "-q", "--formats", "csv"])
    assert result.exit_code == EXIT_STRICT
    assert (out / "timeline.csv").exists()
    clean = tmp_path / "clean"
    clean.mkdir()
    (clean / "good.txt").write_text(GOOD)
    result = CliRunner().invoke(main, ["build", str(clean), "--out", str(out), "--strict",
                                       "-q", "--formats", "csv"])
    assert result.exit_code == EXIT_OK, result.output


def test_no_readable_article_is_an_error(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_text("")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    result = CliRunner().invoke(main, ["build", str(folder), "--out", str(tmp_path / "o")])
    assert result.exit_code == EXIT_ERROR
    assert "no article could be read" in result.output
    assert "image.txt" in result.stderr and "PNG" in result.stderr


def test_tag_on_an_empty_file_says_so(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = CliRunner().invoke(main, ["tag", str(empty), "--dct", "2024-03-11"])
    assert result.exit_code == EXIT_ERROR
    assert "no text" in result.output and "Traceback" not in result.output


def test_process_guarded_is_what_jobs_run(tmp_path):
    """--jobs N maps the same guarded function: same result as one process."""
    documents, _ = read_documents([_folder(tmp_path)])
    one = pipeline.build_from_documents(documents, jobs=1)
    two = pipeline.build_from_documents(documents, jobs=2)
    assert one == two


def test_an_article_at_the_calendars_edge_does_not_stop_inference_for_the_others(tmp_path):
    story = ("Mayor Quillfeather opened the Brannock suspension bridge on Monday, officials "
             "said. The Brannock bridge cost $3 million.\n")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "edge.txt").write_text("---\npublished: 9999-12-31\n---\n" + story)
    (folder / "dated.txt").write_text("---\npublished: 2013-05-02\n---\n" + story)
    (folder / "furniture.txt").write_text("PUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM\n\n" + story)
    (folder / "undated.txt").write_text(story)
    documents, warnings = read_documents([folder])
    tl = pipeline.build_from_documents(documents, warnings=warnings)
    assert not any("inferring publication dates failed" in w for w in tl.warnings)
    inferred = next(d for d in tl.documents if d.id == "furniture")
    assert inferred.published_from == "inferred" and inferred.published.isoformat() == "2013-05-02"


def test_dates_outside_the_calendar_are_named_in_a_warning_and_the_rest_kept(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "odd.txt").write_text(
        "---\npublished: 2023-03-20\n---\nThe contract was signed on 31 February 2023, the "
        "filing says. A hundred centuries ago, the valley was under ice. The court met on "
        "Monday.\n")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(folder), "--out", str(out), "-q"])
    assert result.exit_code == EXIT_OK, result.output
    data = json.loads((out / "events.json").read_text())
    [warning] = [w for w in data["warnings"] if "outside the calendar" in w]
    assert "odd.txt" in warning and "'31 February 2023'" in warning \
        and "'A hundred centuries ago'" in warning
    values = [m["value"] for m in data["mentions"]]
    assert "2023-03-20" in values and not any(v.startswith("2023-02-3") for v in values)
