"""Reading article files into Documents: formats, metadata precedence, ids, warnings."""
import json
from datetime import date, datetime
from pathlib import Path

import pytest

from timeline.ingest import read_documents
from timeline.ingest.dates import parse_published

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "ingest"

SEED_DATES = {
    "000_edcb8f10d720605f": date(2022, 12, 22),
    "001_15b19dce41818156": date(2024, 12, 12),
    "002_c17b033383a99a32": date(2022, 12, 30),
    "003_5ce62125c2ca7797": date(2023, 3, 20),
    "004_5377a8c06ccd93ad": date(2023, 3, 23),
}


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def by_id(documents):
    return {doc.id: doc for doc in documents}


# -- the seed articles ----------------------------------------------------------------------


def test_seeds_read_with_manifest_dates(monkeypatch):
    monkeypatch.chdir(ROOT)
    documents, warnings = read_documents(["seeds"])
    assert warnings == []
    assert [doc.id for doc in documents] == sorted(SEED_DATES)
    for doc in documents:
        assert doc.published == SEED_DATES[doc.id]
        assert doc.published_from == "manifest"
        assert doc.path == f"{doc.id}.txt"
    seeds = by_id(documents)
    assert seeds["003_5ce62125c2ca7797"].outlet == "The China Project"
    assert seeds["003_5ce62125c2ca7797"].url.startswith("https://thechinaproject.com/2023/03/20/")
    assert seeds["001_15b19dce41818156"].url is None  # the address is unknown
    assert seeds["002_c17b033383a99a32"].title.startswith("Virtual meeting between the two leaders")


def test_seed_003_text_is_repaired():
    documents, _ = read_documents([ROOT / "seeds"])
    doc = by_id(documents)["003_5ce62125c2ca7797"]
    assert "Xí Jìnpíng 习近平" in doc.text
    assert "China’s" in doc.text
    assert "We’re" in doc.text
    assert "โ€" not in doc.text
    assert doc.repairs == ("mojibake:cp874",)


def test_one_seed_file_given_alone_still_gets_its_folder_manifest():
    documents, warnings = read_documents([ROOT / "seeds" / "004_5377a8c06ccd93ad.txt"])
    assert [(d.published, d.published_from) for d in documents] == [(date(2023, 3, 23), "manifest")]
    assert warnings == []  # the other four manifest entries are not "unused"


# -- metadata precedence --------------------------------------------------------------------


@pytest.fixture
def collection(tmp_path):
    folder = tmp_path / "articles"
    manifest = {
        "documents": {
            "dated_by_manifest.txt": {
                "published": "2023-03-20", "outlet": "Wire", "title": "From manifest"
            },
            "front.md": {"published": "2020-01-01", "url": "https://example.org/front"},
        }
    }
    write(folder, "manifest.json", json.dumps(manifest))
    write(folder, "dated_by_manifest.txt", "Xi arrives in Moscow\n\nXi arrived on Monday.\n")
    write(
        folder,
        "front.md",
        "---\n# a comment\npublished: 2023-03-21T23:30:00-05:00\ntitle: \"Talks: day two\"\n"
        "outlet: 'The Paper'\n---\n\n# Heading in the body\n\nPutin and Xi met again.\n",
    )
    write(folder, "undated.txt", "Talks went on\nThe talks went on for hours yesterday.\n")
    return folder


def test_document_metadata_wins_over_manifest_which_wins_over_anchor(collection):
    documents, warnings = read_documents([collection], anchor=date(2023, 4, 1))
    docs = by_id(documents)
    front = docs["front"]
    assert (front.published, front.published_from) == (date(2023, 3, 21), "document")
    assert front.title == "Talks: day two"
    assert front.outlet == "The Paper"
    assert front.url == "https://example.org/front"  # only the manifest has one
    assert front.text == "# Heading in the body\n\nPutin and Xi met again.\n"
    manifest = docs["dated_by_manifest"]
    assert (manifest.published, manifest.published_from) == (date(2023, 3, 20), "manifest")
    assert manifest.title == "From manifest"  # over the first-line headline
    assert manifest.outlet == "Wire"
    undated = docs["undated"]
    assert (undated.published, undated.published_from) == (date(2023, 4, 1), "option")
    assert warnings == []


def test_without_any_date_published_is_none_and_a_warning_names_the_file(collection):
    documents, warnings = read_documents([collection])
    undated = by_id(documents)["undated"]
    assert (undated.published, undated.published_from) == (None, "none")
    assert len(warnings) == 1
    assert "undated.txt" in warnings[0] and "no publication date" in warnings[0]


def test_anchor_may_be_a_datetime(collection):
    documents, _ = read_documents([collection], anchor=datetime(2023, 4, 1, 12, 0))
    assert by_id(documents)["undated"].published == date(2023, 4, 1)


def test_garbage_dates_are_rejected_with_a_warning(tmp_path):
    write(tmp_path, "a.txt", "---\npublished: last Tuesday\n---\nBody.\n")
    manifest = {"documents": {"b.txt": {"published": "2023-02-30"}}}
    write(tmp_path, "manifest.json", json.dumps(manifest))
    write(tmp_path, "b.txt", "Body.\n")
    documents, warnings = read_documents([tmp_path])
    assert [(d.id, d.published) for d in documents] == [("a", None), ("b", None)]
    assert any("a.txt" in w and "'last Tuesday'" in w for w in warnings)
    assert any("b.txt" in w and "'2023-02-30'" in w for w in warnings)


def test_manifest_csv_and_unused_entries(tmp_path):
    rows = "file,published,title\nx.txt,2022-12-22,Medvedev in Beijing\nmissing.txt,2022-12-23,\n"
    write(tmp_path, "manifest.csv", rows)
    write(tmp_path, "x.txt", "Some text about the visit.\n")
    documents, warnings = read_documents([tmp_path])
    assert [(d.published, d.title, d.published_from) for d in documents] == [
        (date(2022, 12, 22), "Medvedev in Beijing", "manifest")
    ]
    assert len(warnings) == 1 and "'missing.txt'" in warnings[0]


def test_broken_manifest_is_a_warning_not_an_error(tmp_path):
    write(tmp_path, "manifest.json", "{not json")
    write(tmp_path, "x.txt", "---\npublished: 2023-01-01\n---\nText.\n")
    documents, warnings = read_documents([tmp_path])
    assert [d.published for d in documents] == [date(2023, 1, 1)]
    assert any("manifest.json" in w and "not valid JSON" in w for w in warnings)


# -- text files -----------------------------------------------------------------------------


def test_first_line_title_only_when_it_reads_like_a_headline(tmp_path):
    write(tmp_path, "short.txt", "\nMedvedev visits Beijing\nHe met Xi on Wednesday.\n")
    write(tmp_path, "long.txt", "A" * 60 + " first paragraph " + "b" * 100 + ".\nMore.\n")
    docs = by_id(read_documents([tmp_path], anchor=date(2023, 1, 1))[0])
    assert docs["short"].title == "Medvedev visits Beijing"
    assert docs["short"].text == "\nMedvedev visits Beijing\nHe met Xi on Wednesday.\n"
    assert docs["long"].title is None


def test_front_matter_problems_are_reported(tmp_path):
    write(tmp_path, "unclosed.md", "---\ntitle: never closed\nBody text.\n")
    front = "---\npubished: 2023-01-01\ndate: 2023-01-02\nno colon here\n---\n"
    write(tmp_path, "typo.txt", front + "Body.\n")
    documents, warnings = read_documents([tmp_path], anchor=date(2000, 1, 1))
    docs = by_id(documents)
    assert docs["unclosed"].text.startswith("---\ntitle: never closed")  # nothing is lost
    assert docs["typo"].published == date(2023, 1, 2)  # "date" is read as "published"
    assert any("unclosed.md" in w and "never closed" in w for w in warnings)
    assert any("typo.txt" in w and "'pubished'" in w for w in warnings)
    assert any("typo.txt:4" in w and "no colon here" in w for w in warnings)


def test_legacy_encodings_are_decoded_and_noted():
    docs = by_id(read_documents([FIXTURES / "encodings"], anchor=date(2021, 5, 4))[0])
    assert docs["cp1252"].text == (
        "Café society\nThe mayor’s “naïve” plan – announced on 3 May 2021 – was dropped.\n"
    )
    assert docs["cp1252"].repairs == ("encoding:cp1252", "line-endings")
    assert docs["utf16"].text.startswith("Xi in Moscow\nChinese leader Xí Jìnpíng 习近平")
    assert docs["utf16"].repairs == ("encoding:utf-16-bom",)


# -- HTML -----------------------------------------------------------------------------------


def test_html_body_title_and_date_from_the_page():
    documents, warnings = read_documents([FIXTURES / "html" / "article.html"])
    assert warnings == []
    [doc] = documents
    assert doc.published == date(2023, 3, 20) and doc.published_from == "document"
    assert doc.title == "Xi arrives in Moscow for three-day state visit"
    assert doc.url == "https://news.example.org/2023/xi-moscow"
    assert doc.outlet == "Example News"
    assert "Talks with Vladimir Putin are planned for Tuesday" in doc.text
    assert "Home" not in doc.text and "Subscribe" not in doc.text  # boilerplate dropped
    assert doc.path == "article.html"


def test_html_without_date_metadata_gets_no_date_not_a_guess():
    # The page's only year is in "Copyright 2024"; a search of the text would take it.
    documents, warnings = read_documents([FIXTURES / "html" / "no_date.html"])
    [doc] = documents
    assert (doc.published, doc.published_from) == (None, "none")
    assert doc.title == "Medvedev meets Xi in Beijing"
    assert doc.language == "en"
    assert any("no_date.html" in w and "no publication date" in w for w in warnings)


# -- JSON and JSONL -------------------------------------------------------------------------


def test_jsonl_records_and_bad_lines(tmp_path):
    lines = [
        json.dumps(
            {
                "id": "tass-1",
                "text": "Medvedev landed at night.",
                "published": "2022-12-21T22:10:00+03:00",
                "title": "Landing",
            }
        ),
        "{broken json",
        "",
        json.dumps({"text": "Xi and Medvedev met.", "published": "yesterday"}),
        json.dumps({"title": "no text here"}),
        json.dumps(["not", "an", "object"]),
    ]
    write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    manifest = {"documents": {"feed.jsonl": {"outlet": "TASS", "published": "2022-12-22"}}}
    write(tmp_path, "manifest.json", json.dumps(manifest))
    documents, warnings = read_documents([tmp_path])
    assert [(d.id, d.path, d.published, d.published_from, d.outlet) for d in documents] == [
        ("tass-1", "feed.jsonl#1", date(2022, 12, 21), "document", "TASS"),
        ("feed-4", "feed.jsonl#4", date(2022, 12, 22), "manifest", "TASS"),
    ]
    assert documents[0].title == "Landing"
    feed = f"{tmp_path.as_posix()}/feed.jsonl"
    assert any(w.startswith(f"{feed}:2:") and "not valid JSON" in w for w in warnings)
    assert any("feed.jsonl:4" in w and "'yesterday'" in w for w in warnings)
    assert any("feed.jsonl:5" in w and "no text" in w for w in warnings)
    assert any("feed.jsonl:6" in w and "JSON object" in w for w in warnings)


def test_json_record_and_list_of_records(tmp_path):
    one = {"text": "Chinaâ€™s plan.", "published": "2023-02-24", "url": "https://e.org/1"}
    write(tmp_path, "one.json", json.dumps(one))
    many = [{"id": 7, "text": "First."}, {"text": "Second.", "language": "de"}]
    write(tmp_path, "many.json", json.dumps(many))
    documents, warnings = read_documents([tmp_path], anchor=date(2023, 3, 1))
    assert [(d.id, d.path, d.language) for d in documents] == [
        ("7", "many.json[0]", "en"),
        ("many-1", "many.json[1]", "de"),
        ("one", "one.json", "en"),
    ]
    one = documents[2]
    assert one.text == "China’s plan."  # record text is repaired too
    assert one.published_from == "document" and one.url == "https://e.org/1"
    assert warnings == []


# -- folders, order, ids, errors ------------------------------------------------------------


def test_folder_walk_skips_hidden_notes_manifests_and_unknown_types(tmp_path):
    skipped = (".hidden.txt", ".git/x.txt", "README.md", "SOURCES.md", "scan.pdf", "manifest.csv")
    for name in skipped:
        write(tmp_path, name, "file,published\n" if name.endswith(".csv") else "not an article\n")
    write(tmp_path, "notes/article.md", "# A Markdown article\n\nText.\n")
    write(tmp_path, "b.txt", "B.\n")
    documents, warnings = read_documents([tmp_path], anchor=date(2023, 1, 1))
    assert [d.path for d in documents] == ["b.txt", "notes/article.md"]
    assert documents[1].title == "A Markdown article"
    assert warnings == []


def test_explicit_unsupported_file_warns(tmp_path):
    pdf = write(tmp_path, "scan.pdf", b"%PDF-1.4")
    documents, warnings = read_documents([pdf])
    assert documents == []
    assert len(warnings) == 1 and "scan.pdf" in warnings[0] and "unsupported" in warnings[0]


def test_order_ids_and_collisions_are_deterministic(tmp_path):
    write(tmp_path, "sub/a.txt", "Sub A.\n")
    write(tmp_path, "a.txt", "A.\n")
    write(tmp_path, "a.md", "A in Markdown.\n")
    write(tmp_path, "z.jsonl", json.dumps({"id": "a", "text": "Record a."}) + "\n")
    first = read_documents([tmp_path], anchor=date(2023, 1, 1))
    assert [(d.id, d.path) for d in first[0]] == [
        ("a", "a.md"),
        ("a-2", "a.txt"),
        ("a-3", "sub/a.txt"),
        ("a-4", "z.jsonl#1"),
    ]
    assert sum("already taken" in w for w in first[1]) == 3
    assert read_documents([tmp_path], anchor=date(2023, 1, 1)) == first


def test_same_file_through_two_arguments_is_read_once(tmp_path):
    path = write(tmp_path, "a.txt", "A.\n")
    documents, _ = read_documents([tmp_path, path], anchor=date(2023, 1, 1))
    assert len(documents) == 1


def test_missing_path_raises_a_helpful_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="nowhere.txt: no such file or folder"):
        read_documents([tmp_path / "nowhere.txt"])


def test_a_single_path_string_is_accepted(monkeypatch):
    monkeypatch.chdir(ROOT)
    documents, _ = read_documents("seeds")
    assert len(documents) == 5
    assert all(not Path(doc.path).is_absolute() for doc in documents)


# -- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2022-12-22", date(2022, 12, 22)),
        (" 2022-12-22 ", date(2022, 12, 22)),
        ("2023-03-20T23:30:00-05:00", date(2023, 3, 20)),  # the date as written, not UTC's
        ("2023-03-20T09:30:00Z", date(2023, 3, 20)),
        ("2023-03-20 09:30", date(2023, 3, 20)),
        (datetime(2023, 3, 20, 9, 30), date(2023, 3, 20)),
    ],
)
def test_iso_dates_and_datetimes_are_accepted(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    "value", ["March 20, 2023", "20/03/2023", "2023-13-01", "", None, 20230320, "today"]
)
def test_anything_else_is_rejected(value):
    with pytest.raises(ValueError):
        parse_published(value)
