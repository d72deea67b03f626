"""Files that are not articles, or not well formed, are named in a warning and never stop
the reading of the others: special files, broken links, binary data, pathological JSON,
control characters, oversize texts, publication dates no article can have."""
import json
import os
import socket
from datetime import date
from pathlib import Path

import pytest

from timeline.ingest import guard, read_documents

GOOD = "---\npublished: 2023-03-20\n---\nXi met Putin in Moscow on Monday.\n"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    return folder


def _read(folder):
    documents, warnings = read_documents([folder])
    return {d.id: d for d in documents}, warnings


def _named(warnings, name):
    return [w for w in warnings if name in w]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_skipped_not_waited_on(tmp_path):
    folder = _folder(tmp_path)
    os.mkfifo(folder / "pipe.txt")
    docs, warnings = _read(folder)
    assert set(docs) == {"good"}
    assert "named pipe" in _named(warnings, "pipe.txt")[0]


def test_a_socket_is_skipped(tmp_path):
    folder = _folder(tmp_path)
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(folder / "s.txt"))
    except OSError:
        pytest.skip("cannot bind a unix socket here")
    docs, warnings = _read(folder)
    sock.close()
    assert set(docs) == {"good"} and "socket" in _named(warnings, "s.txt")[0]


def test_broken_links_and_link_loops_are_named(tmp_path):
    folder = _folder(tmp_path)
    os.symlink(folder / "missing.txt", folder / "dangling.txt")
    os.symlink(folder / "self.txt", folder / "self.txt")
    os.symlink(folder, folder / "loop")  # a folder that contains itself: not walked into
    docs, warnings = _read(folder)
    assert set(docs) == {"good"}
    assert "link to nothing" in _named(warnings, "dangling.txt")[0]
    assert _named(warnings, "self.txt")


def test_binary_files_are_not_articles(tmp_path):
    folder = _folder(tmp_path)
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    (folder / "random.md").write_bytes(bytes((i * 37 + 11) % 256 for i in range(4000)))
    (folder / "nul.json").write_bytes(b'{"text": "a\x00b\x00\x01\x02\x03"}' * 50)
    docs, warnings = _read(folder)
    assert set(docs) == {"good"}
    assert "PNG image" in _named(warnings, "image.txt")[0]
    assert _named(warnings, "random.md") and _named(warnings, "nul.json")


def test_utf16_without_bom_is_text(tmp_path):
    folder = _folder(tmp_path)
    (folder / "wide.txt").write_bytes("Xi arrived in Moscow on Monday.".encode("utf-16-le"))
    docs, _ = _read(folder)
    assert docs["wide"].text == "Xi arrived in Moscow on Monday."


def test_controls_and_bidi_overrides_are_removed(tmp_path):
    folder = _folder(tmp_path)
    (folder / "ctl.txt").write_text("---\ntitle: Evil\u202eTitle\x00\n---\n"
                                    "Talks\x00 ended\u202e on\x07 Monday.\tOk\n",
                                    encoding="utf-8")
    docs, _ = _read(folder)
    doc = docs["ctl"]
    assert doc.text == "Talks ended on Monday.\tOk\n"
    assert doc.title == "EvilTitle"
    assert any(r.startswith("controls:") for r in doc.repairs)


def test_json_nested_too_deep_is_a_warning(tmp_path):
    folder = _folder(tmp_path)
    (folder / "deep.json").write_text("[" * 200_000 + "]" * 200_000)
    (folder / "bigint.json").write_text('{"text": "x", "n": ' + "9" * 10_000 + "}")
    docs, warnings = _read(folder)
    assert set(docs) == {"good"}
    assert "nested too deeply" in _named(warnings, "deep.json")[0]
    assert _named(warnings, "bigint.json")


def test_broken_jsonl_lines_cost_only_themselves(tmp_path, monkeypatch):
    monkeypatch.setattr(guard, "MAX_ARTICLE_BYTES", 1000)
    from timeline.ingest import records
    monkeypatch.setattr(records, "MAX_ARTICLE_BYTES", 1000)
    folder = tmp_path / "in"
    folder.mkdir()
    lines = [json.dumps({"id": "a", "text": "First.", "published": "2023-01-02"}),
             "{not json",
             json.dumps({"id": "long", "text": "x" * 5000}),
             "[" * 5000,
             json.dumps({"id": "b", "text": "Second.", "published": "2023-01-03"})]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, warnings = _read(folder)
    assert set(docs) == {"a", "b"}
    assert _named(warnings, "feed.jsonl:2") and _named(warnings, "feed.jsonl:4")
    assert "longer than" in _named(warnings, "feed.jsonl:3")[0]


def test_an_oversize_text_is_cut_with_a_warning(tmp_path, monkeypatch):
    monkeypatch.setattr(guard, "MAX_TEXT_CHARS", 1000)
    folder = _folder(tmp_path)
    (folder / "long.txt").write_text("A paragraph of news.\n\n" * 200, encoding="utf-8")
    docs, warnings = _read(folder)
    assert 500 < len(docs["long"].text) <= 1000
    assert docs["long"].text.endswith("news.")
    assert "only the first" in _named(warnings, "long.txt")[0]


def test_an_oversize_file_is_read_only_up_to_the_cap(tmp_path, monkeypatch):
    from timeline.ingest import text_files
    monkeypatch.setattr(text_files, "MAX_ARTICLE_BYTES", 2000)
    folder = _folder(tmp_path)
    (folder / "dump.txt").write_text("line of text\n" * 1000, encoding="utf-8")
    docs, warnings = _read(folder)
    assert len(docs["dump"].text) <= 2000
    assert "MiB" in _named(warnings, "dump.txt")[0] or "bytes" in _named(warnings, "dump.txt")[0]


@pytest.mark.parametrize("published, ok", [("0000-01-01", False), ("9999-12-31", True),
                                          ("0001-01-01", True)])
def test_impossible_publication_dates_are_flagged(tmp_path, published, ok):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "odd.txt").write_text(f"---\npublished: {published}\n---\nTalks ended.\n")
    docs, warnings = _read(folder)
    assert set(docs) == {"odd"}
    if ok:  # a real calendar date: kept, but flagged
        assert docs["odd"].published == date.fromisoformat(published)
        assert "check it" in _named(warnings, "odd.txt")[0]
    else:  # year 0 is no date at all
        assert docs["odd"].published is None
        assert _named(warnings, "published date ignored")


def test_empty_and_whitespace_files_are_named(tmp_path):
    folder = _folder(tmp_path)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.md").write_text("   \n\n")
    docs, warnings = _read(folder)
    assert set(docs) == {"good"}
    assert _named(warnings, "empty.txt") and _named(warnings, "blank.md")
