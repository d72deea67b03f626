"""The whole path over the five seed articles: what a newcomer's first run gives."""
from datetime import date
from pathlib import Path

import icalendar
import pandas as pd
import pytest

from timeline import build_timeline, write_exports
from timeline.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def seeds_timeline():
    return build_timeline([SEEDS])


def _events_on(tl, day):
    return [e for e in tl.events if e.span.first <= day <= e.span.last and
            e.span.precision == "day"]


def test_all_five_articles_are_read_with_their_publication_dates(seeds_timeline):
    docs = {d.id: d for d in seeds_timeline.documents}
    assert len(docs) == 5
    assert docs["000_edcb8f10d720605f"].published == date(2022, 12, 22)
    assert docs["003_5ce62125c2ca7797"].published == date(2023, 3, 20)
    assert all(d.published_from == "manifest" for d in docs.values())
    assert "Xí Jìnpíng 习近平" in docs["003_5ce62125c2ca7797"].text


def test_every_mention_points_at_its_own_words(seeds_timeline):
    texts = {d.id: d.text for d in seeds_timeline.documents}
    assert len(seeds_timeline.mentions) > 40
    for m in seeds_timeline.mentions:
        assert texts[m.doc_id][m.start:m.end] == m.text
    for event in seeds_timeline.events:
        for em in event.mentions:
            assert texts[em.doc_id][em.sentence_start:em.sentence_end] == em.sentence


def test_relative_dates_are_resolved_against_the_right_anchor(seeds_timeline):
    by_words = {(m.doc_id[:3], m.text): m for m in seeds_timeline.mentions}
    monday = by_words[("000", "Monday")]
    assert monday.value == "2022-12-19" and monday.anchor.kind == "published"
    later = by_words[("003", "20 days later")]
    assert later.value == "2022-02-24"
    assert later.anchor.kind == "mention" and later.anchor.text == "February 4, 2022"
    assert by_words[("002", "December 21")].value == "2022-12-21"
    deadline = by_words[("001", "less than 40 days")]
    assert deadline.span.kind == "before" and deadline.span.last == date(2025, 1, 20)


def test_events_carry_their_evidence_and_sources(seeds_timeline):
    minsk = _events_on(seeds_timeline, date(2022, 12, 19))
    assert any("Minsk" in e.text for e in minsk)
    invasion = _events_on(seeds_timeline, date(2022, 2, 24))
    assert invasion and "003_5ce62125c2ca7797" in invasion[0].sources
    for event in seeds_timeline.events:
        assert event.headline and len(event.headline) <= 101
        assert set(event.sources) == {m.doc_id for m in event.mentions}


def test_nothing_is_dated_that_is_not_a_date(seeds_timeline):
    words = {m.text for m in seeds_timeline.mentions}
    for not_a_date in ("Winter", "the Winter", "12-point", "34.3%", "may", "second",
                       "Daily", "the Future"):
        assert not_a_date not in words


def test_exports_are_byte_identical_across_runs_and_processes(tmp_path, seeds_timeline):
    first = write_exports(seeds_timeline, tmp_path / "a")
    again = build_timeline([SEEDS], jobs=2)
    second = write_exports(again, tmp_path / "b")
    assert [p.name for p in first] == [p.name for p in second]
    for a, b in zip(first, second):
        assert a.read_bytes() == b.read_bytes(), a.name


def test_exports_open_in_their_readers(tmp_path, seeds_timeline):
    write_exports(seeds_timeline, tmp_path)
    table = pd.read_csv(tmp_path / "timeline.csv", dtype=str, keep_default_na=False)
    assert len(table) == len(seeds_timeline.events)
    assert list(table["id"]) == [e.id for e in seeds_timeline.events]
    calendar = icalendar.Calendar.from_ical((tmp_path / "timeline.ics").read_bytes())
    uids = [str(c["UID"]) for c in calendar.walk("VEVENT")]
    assert len(uids) == len(set(uids)) == len(seeds_timeline.events)


def test_cli_build_writes_the_exports_and_reports_figures(tmp_path):
    from click.testing import CliRunner
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(tmp_path / "out"),
                                       "--formats", "csv,json"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "timeline.csv").exists()
    assert not (tmp_path / "out" / "timeline.ics").exists()
    assert "5 articles" in result.output


def test_cli_build_rejects_a_bad_anchor_and_a_bad_format(tmp_path):
    from click.testing import CliRunner
    runner = CliRunner()
    bad_anchor = runner.invoke(main, ["build", str(SEEDS), "--anchor", "22/12/2022"])
    assert bad_anchor.exit_code == 2 and "YYYY-MM-DD" in bad_anchor.output
    bad_format = runner.invoke(main, ["build", str(SEEDS), "--formats", "pdf"])
    assert bad_format.exit_code == 2 and "pdf" in bad_format.output


def test_an_article_without_a_date_is_never_dated_with_today(tmp_path):
    from click.testing import CliRunner
    article = tmp_path / "undated.txt"
    article.write_text("Officials met on Monday and will meet again next week.\n",
                       encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(article), "--out", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    assert "undated.txt" in result.output and "no publication date" in result.output
    tl = build_timeline([article])
    monday = next(m for m in tl.mentions if m.text == "Monday")
    assert monday.span is None and "unanchored" in monday.flags
    assert tl.events == ()


def test_tag_jsonl_gives_the_benchmark_format(tmp_path):
    from click.testing import CliRunner
    src = tmp_path / "in.jsonl"
    src.write_text('{"doc_id": "d1", "dct": "2023-03-20", "text": "Xi arrived today '
                   'and will meet Putin tomorrow for four hours."}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["tag", "--jsonl", str(src)])
    assert result.exit_code == 0, result.output
    import json
    row = json.loads(result.output.splitlines()[0])
    assert row["doc_id"] == "d1"
    got = [(t["text"], t["type"], t["value"]) for t in row["timexes"]]
    assert got == [("today", "DATE", "2023-03-20"), ("tomorrow", "DATE", "2023-03-21"),
                   ("four hours", "DURATION", "PT4H")]
