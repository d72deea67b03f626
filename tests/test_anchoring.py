"""Inferring the publication date of an article that has none (timeline.anchoring)."""
import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import jsonschema
from click.testing import CliRunner

from timeline.anchoring import infer_anchor
from timeline.cli import main
from timeline.export.events_json import load_schema, to_data
from timeline.model import Document
from timeline.pipeline import build_from_documents

DATELINE = Document("wire", "MOSCOW, March 20, 2023 (Reuters) - Chinese leader Xi Jinping met "
                            "Russian President Vladimir Putin in the Kremlin today.")


def test_dateline_gives_the_date_with_high_confidence():
    day, confidence, reason = infer_anchor(DATELINE)
    assert day == date(2023, 3, 20) and confidence >= 0.85 and "dateline" in reason


def test_today_beside_a_full_date():
    doc = Document("a", "The council said today, March 3, 2021, that it voted to close the bridge.")
    assert infer_anchor(doc)[0] == date(2021, 3, 3)


def test_weekday_date_pair_fixes_the_missing_year():
    doc = Document("a", "Voters went to the polls. On Monday, Oct. 26, the council voted to close "
                        "the bridge.")
    day, confidence, reason = infer_anchor(doc, today=date(2021, 1, 1))
    assert day == date(2020, 10, 26) and "weekday" in reason and confidence >= 0.6


def test_a_lone_past_date_is_only_a_lower_bound_below_the_default_threshold():
    doc = Document("a", "The treaty signed on February 4, 2022 has changed the region, officials "
                        "said on Monday.")
    day, confidence, reason = infer_anchor(doc)
    assert day == date(2022, 2, 4) and confidence < 0.6 and "lower bound" in reason


def test_nothing_to_go_on():
    doc = Document("a", "The council voted to close the bridge on Monday.")
    assert infer_anchor(doc) == (None, 0.0, infer_anchor(doc)[2])
    assert infer_anchor(doc)[0] is None


def test_pipeline_uses_an_inferred_date_above_the_threshold_and_says_so():
    tl = build_from_documents([DATELINE])
    [doc] = tl.documents
    assert doc.published == date(2023, 3, 20) and doc.published_from == "inferred"
    assert any("inferred 2023-03-20" in w and "dateline" in w for w in tl.warnings)
    assert any(e.span.first == date(2023, 3, 20) for e in tl.events)
    validator = jsonschema.Draft202012Validator(load_schema())
    validator.validate(to_data(tl))


def test_pipeline_leaves_it_unresolved_below_the_threshold_or_when_off():
    tl = build_from_documents([DATELINE], anchor_threshold=0.95)
    assert tl.documents[0].published is None
    assert any("below the threshold" in w for w in tl.warnings)
    tl = build_from_documents([DATELINE], infer_anchors=False)
    assert tl.documents[0].published is None


def test_documents_with_a_date_are_untouched():
    doc = replace(DATELINE, published=date(2023, 3, 21), published_from="manifest")
    assert build_from_documents([doc]).documents[0] == doc


def test_cli_options(tmp_path: Path):
    src = tmp_path / "wire.txt"
    src.write_text(DATELINE.text, encoding="utf-8")
    runner = CliRunner()
    help_text = runner.invoke(main, ["build", "--help"]).output
    assert "--infer-anchor / --no-infer-anchor" in help_text and "--anchor-threshold" in help_text
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(src), "--out", str(out), "-f", "json", "-q"])
    assert result.exit_code == 0, result.output
    data = json.loads((out / "events.json").read_text(encoding="utf-8"))
    assert data["documents"][0]["published_from"] == "inferred"
    result = runner.invoke(main, ["build", str(src), "--out", str(out), "-f", "json", "-q",
                                  "--no-infer-anchor"])
    data = json.loads((out / "events.json").read_text(encoding="utf-8"))
    assert data["documents"][0]["published"] is None
    result = runner.invoke(main, ["build", str(src), "--out", str(out), "-f", "json", "-q",
                                  "--anchor-threshold", "0.95"])
    data = json.loads((out / "events.json").read_text(encoding="utf-8"))
    assert data["documents"][0]["published"] is None
