"""timeline.csv, timeline.xlsx and timelinejs_sheet.csv opened by LibreOffice Calc (Debian), headless.

Each file is converted by `soffice --headless --convert-to` with a throw-away profile: to flat
ODF (.fods), whose XML says what each cell became (date, number, text, formula), and the
TimelineJS sheet back to CSV, as a round trip.
"""
from __future__ import annotations

import io
import os
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd
import pytest

import clients_support as cs
from timeline.export import table_csv, timelinejs_sheet, write_exports

sample = cs.sample()

NS = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
      "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
      "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0"}
CSV_IN = "CSV:44,34,76,1"  # comma, double quote, UTF-8, from line 1: what a user picks
CSV_OUT = "csv:Text - txt - csv (StarCalc):44,34,76,1"


class LibreOffice:
    def __init__(self, root: Path):
        self.exe = cs.need_program("soffice", "libreoffice")
        self.root = root
        self.profile = (root / "profile").as_uri()
        self.env = {**os.environ, "HOME": str(root), "LANG": "en_US.UTF-8", "TZ": "UTC"}

    def convert(self, to: str, *files: Path, infilter: str | None = None) -> Path:
        out = Path(self.root, f"out-{to.split(':')[0]}-{files[0].suffix[1:]}")
        args = [self.exe, "--headless", "--norestore", f"-env:UserInstallation={self.profile}"]
        if infilter:
            args.append(f"--infilter={infilter}")
        args += ["--convert-to", to, "--outdir", str(out), *map(str, files)]
        done = subprocess.run(args, capture_output=True, text=True, env=self.env,
                              stdin=subprocess.DEVNULL, timeout=180)
        assert done.returncode == 0, done.stderr
        for f in files:
            assert (out / f.with_suffix("." + to.split(":")[0]).name).is_file(), (done.stdout,
                                                                                   done.stderr)
        return out


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    """The sample's spreadsheet exports, as LibreOffice read them."""
    root = tmp_path_factory.mktemp("libreoffice")
    office = LibreOffice(root)
    exports = root / "exports"
    write_exports(sample.sample_timeline(), exports, ["csv", "xlsx", "sheet"])
    csv_files = (exports / "timeline.csv", exports / "timelinejs_sheet.csv")
    return {
        "csv": office.convert("fods", *csv_files, infilter=CSV_IN),
        "xlsx": office.convert("fods", exports / "timeline.xlsx"),
        "sheet-csv": office.convert(CSV_OUT, exports / "timelinejs_sheet.csv", infilter=CSV_IN),
        "exports": exports,
    }


def cells(fods: Path) -> list[list[dict]]:
    """Rows of {type, value, text, formula} for each cell of the first sheet, as Calc sees it."""
    table = ET.parse(fods).getroot().find(".//table:table", NS)
    rows = []
    for row in table.iter(f"{{{NS['table']}}}table-row"):
        out = []
        for cell in row:
            if not cell.tag.endswith("table-cell"):
                continue
            repeat = int(cell.get(f"{{{NS['table']}}}number-columns-repeated", "1"))
            text = "\n".join("".join(p.itertext()) for p in cell.findall("text:p", NS))
            kind = cell.get(f"{{{NS['office']}}}value-type")
            value = (cell.get(f"{{{NS['office']}}}date-value") or
                     cell.get(f"{{{NS['office']}}}value") or text)
            entry = {"type": kind, "value": value, "text": text,
                     "formula": cell.get(f"{{{NS['table']}}}formula")}
            out.extend([entry] * min(repeat, 64))
        while out and out[-1]["type"] is None:
            out.pop()
        if out:
            rows.append(out)
    return rows


def by_column(rows) -> list[dict[str, dict]]:
    """Each row as {column name: cell}; trailing empty cells are absent."""
    header = [c["text"] for c in rows[0]]
    return [dict(zip(header, r)) for r in rows[1:]]


def _check_timeline_table(rows, expected_csv: bytes):
    assert [c["text"] for c in rows[0]] == list(table_csv.COLUMNS)  # one header row
    table = by_column(rows)
    assert [r["id"]["text"] for r in table] == [e.id for e in sample.EVENTS]
    expected = pd.read_csv(io.BytesIO(expected_csv), dtype=str, keep_default_na=False)
    for row, (_, want) in zip(table, expected.iterrows()):
        # start and end are real dates, on the same days.
        for column in ("start", "end"):
            assert row[column]["type"] == "date", (row["id"]["text"], column)
            assert row[column]["value"][:10] == want[column]
        # Text columns come back as the same text; nothing is a formula.
        for column in ("id", "precision", "kind", "status", "headline", "text", "sources",
                       "source_ids", "expressions", "flags"):
            cell = row.get(column, {"type": None, "text": ""})
            assert cell["text"] == want[column], (row["id"]["text"], column)
            assert cell["type"] in ("string", None), (row["id"]["text"], column)
        assert all(c["formula"] is None for c in row.values())
    e1, e2 = table[0], table[1]
    assert e1["headline"]["text"] == 'Leaders meet in Beijing; 习近平 says "progress"'
    assert e2["headline"]["text"] == "'=HYPERLINK(\"http://evil.example\",\"Budget passed\")"
    assert e2["headline"]["type"] == "string"


def test_csv_in_libreoffice_has_dates_text_and_no_formulas(converted):
    rows = cells(converted["csv"] / "timeline.fods")
    _check_timeline_table(rows, (converted["exports"] / "timeline.csv").read_bytes())


def test_xlsx_in_libreoffice_has_date_cells_shown_as_iso(converted):
    rows = cells(converted["xlsx"] / "timeline.fods")
    _check_timeline_table(rows, (converted["exports"] / "timeline.csv").read_bytes())
    table = by_column(rows)
    # The date number format survives: Calc shows the day as ISO, not in its locale's way.
    assert [(r["start"]["text"], r["end"]["text"]) for r in table[:2]] == [
        ("2023-03-06", "2023-03-06"), ("2023-03-01", "2023-03-31")]
    # An xlsx cell is typed, so the `when` words stay words, whatever they look like.
    assert [r["when"]["text"] for r in table] == [r["when"] for r in table_csv.rows(
        sample.sample_timeline())]
    assert all(r["when"]["type"] == "string" for r in table)


def test_csv_month_words_stay_words_in_libreoffice(converted):
    # A bare "March 2023" would be imported as the date 2023-03-01, inventing a day.
    table = by_column(cells(converted["csv"] / "timeline.fods"))
    e2 = table[1]
    assert (e2["when"]["type"], e2["when"]["text"]) == ("string", "In March 2023")


def test_timelinejs_sheet_has_the_template_columns_in_libreoffice(converted):
    rows = cells(converted["csv"] / "timelinejs_sheet.fods")
    assert [c["text"] for c in rows[0]] == list(timelinejs_sheet.COLUMNS)
    assert len(rows) == 1 + 1 + len(sample.EVENTS)  # header, title row, events
    assert all(c["formula"] is None for r in rows for c in r)


def test_timelinejs_sheet_round_trips_through_libreoffice(converted):
    original = pd.read_csv(converted["exports"] / "timelinejs_sheet.csv", dtype=str,
                           keep_default_na=False)
    back = pd.read_csv(converted["sheet-csv"] / "timelinejs_sheet.csv", dtype=str,
                       keep_default_na=False)
    assert list(back.columns) == list(timelinejs_sheet.COLUMNS)
    pd.testing.assert_frame_equal(back, original)
