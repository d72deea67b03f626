"""timeline.csv and timelinejs_sheet.csv: what a spreadsheet user opens."""
import io

import pandas as pd

from timeline.export import table_csv, timelinejs_sheet
from fixtures.export import sample  # tests/ is on sys.path under pytest


def read(data: bytes) -> pd.DataFrame:
    # As a user would read it back: every cell a string, empty cells empty.
    return pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False, encoding="utf-8")


def test_reads_back_with_one_row_per_event_and_equal_values():
    timeline = sample.sample_timeline()
    table = read(table_csv.render(timeline))
    assert tuple(table.columns) == table_csv.COLUMNS
    assert list(table["id"]) == [e.id for e in timeline.events]
    expected = pd.DataFrame(table_csv.rows(timeline), columns=list(table_csv.COLUMNS))
    expected = expected.map(lambda s: "'" + s if s[:1] in ("=", "+", "-", "@") else s)
    pd.testing.assert_frame_equal(table, expected.astype(str), check_dtype=False)


def test_dates_are_iso_and_inclusive():
    rows = read(table_csv.render(sample.sample_timeline())).set_index("id")
    assert (rows.loc["e2", "start"], rows.loc["e2", "end"]) == ("2023-03-01", "2023-03-31")
    assert rows.loc["e3", "when"] == "Spring 2023"
    assert rows.loc["e5", "when"] == "By 31 December 2023"
    assert rows.loc["e6", "when"] == "Expected about 5 December 2024"
    assert rows.loc["e7", "when"] == "Since October 2022"


def test_quotes_commas_newlines_and_non_ascii_survive():
    rows = read(table_csv.render(sample.sample_timeline())).set_index("id")
    assert rows.loc["e1", "headline"] == 'Leaders meet in Beijing; 习近平 says "progress"'
    assert rows.loc["e1", "text"] == sample.EVENTS[0].text  # has a newline and a comma
    assert rows.loc["e3", "headline"] == '"Record" protests, in many cities'


def test_sources_are_readable_and_a_missing_url_is_left_out():
    rows = read(table_csv.render(sample.sample_timeline())).set_index("id")
    assert rows.loc["e1", "sources"] == (
        "Example Wire (2023-03-08) <https://news.example/a?x=1&y=2>; "
        'Budget "deal", protests, and 习近平 (2023-03-10)')
    assert rows.loc["e1", "source_ids"] == "d1; d2"
    assert rows.loc["e1", "expressions"] == '"on Monday" (d1); "on Monday" (d2)'
    assert rows.loc["e7", "expressions"] == ('"Since October 2022" (d3); '
                                              'publication date, reported as just happened (d3)')
    assert rows.loc["e3", "flags"] == "conflicting-dates"


def test_formula_cells_are_neutralised():
    rows = read(table_csv.render(sample.sample_timeline())).set_index("id")
    assert rows.loc["e2", "headline"] == "'=HYPERLINK(\"http://evil.example\",\"Budget passed\")"
    assert rows.loc["e4", "headline"] == "'+Council formed"
    assert rows.loc["e5", "headline"] == "'-Deal promised"
    assert rows.loc["e6", "headline"] == "'@Summit planned"
    for column in rows.columns:
        assert not rows[column].str.match(r"[=+\-@\t\r]").any(), column


def test_tab_and_carriage_return_starts_are_neutralised():
    from timeline.export.common import neutralise_cell
    assert neutralise_cell("\tx") == "'\tx"
    assert neutralise_cell("\rx") == "'\rx"
    assert neutralise_cell("a=b") == "a=b"


def test_bom_is_optional():
    timeline = sample.sample_timeline()
    assert not table_csv.render(timeline).startswith(b"\xef\xbb\xbf")
    with_bom = table_csv.render(timeline, bom=True)
    assert with_bom.startswith(b"\xef\xbb\xbf")
    table = pd.read_csv(io.BytesIO(with_bom), dtype=str, keep_default_na=False,
                        encoding="utf-8-sig")
    assert table.columns[0] == "id"


def test_bytes_are_stable():
    assert table_csv.render(sample.sample_timeline()) == table_csv.render(sample.sample_timeline())


# ---- TimelineJS Google Sheets template ----------------------------------------------------

def test_sheet_has_exactly_the_template_columns_and_a_title_row_first():
    sheet = read(timelinejs_sheet.render(sample.sample_timeline()))
    assert list(sheet.columns) == [
        "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
        "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
        "Media Thumbnail", "Type", "Group", "Background"]
    assert list(sheet["Type"]) == ["title"] + [""] * len(sample.EVENTS)
    assert sheet.loc[0, "Year"] == ""
    assert sheet.loc[0, "Headline"] == "Talks &amp; budget: 习近平 &lt;b&gt;2023&lt;/b&gt;"


def test_sheet_dates_only_to_their_precision():
    sheet = read(timelinejs_sheet.render(sample.sample_timeline())).iloc[1:]
    dates = [tuple(r) for r in sheet[["Year", "Month", "Day", "Display Date"]].values]
    assert dates == [
        ("2023", "3", "6", ""),                                 # day
        ("2023", "3", "", ""),                                  # month
        ("2023", "", "", "Spring 2023"),                        # season
        ("2022", "", "", ""),                                   # year
        ("2023", "12", "31", "By 31 December 2023"),            # before: the deadline
        ("2024", "12", "5", "Expected about 5 December 2024"),  # planned
        ("2022", "10", "", "Since October 2022"),               # after
    ]
    assert list(sheet["Group"]) == ["Reported"] * 5 + ["Planned", "Reported"]


def test_sheet_texts_are_html_escaped_and_formulas_neutralised():
    sheet = read(timelinejs_sheet.render(sample.sample_timeline()))
    body = sheet.to_csv()
    assert "<script" not in body and "<img" not in body
    assert sheet.loc[2, "Headline"].startswith("'=HYPERLINK(")


# ---- timeline.xlsx ------------------------------------------------------------------------

def _xlsx(timeline=None):
    from openpyxl import load_workbook
    from timeline.export import table_xlsx
    data = table_xlsx.render(timeline or sample.sample_timeline())
    return load_workbook(io.BytesIO(data)).active


def test_xlsx_has_the_csv_columns_real_dates_and_a_frozen_header():
    import datetime
    ws = _xlsx()
    assert tuple(c.value for c in ws[1]) == table_csv.COLUMNS
    assert ws.max_row == 1 + len(sample.EVENTS)
    assert ws.freeze_panes == "A2"
    start = ws.cell(row=3, column=table_csv.COLUMNS.index("start") + 1)  # e2, March 2023
    end = ws.cell(row=3, column=table_csv.COLUMNS.index("end") + 1)
    assert start.is_date and start.value.date() == datetime.date(2023, 3, 1)
    assert end.value.date() == datetime.date(2023, 3, 31)
    assert start.number_format == "yyyy-mm-dd"


def test_xlsx_cells_equal_the_csv_cells_and_formulas_stay_text():
    timeline = sample.sample_timeline()
    ws = _xlsx(timeline)
    csv_rows = read(table_csv.render(timeline))
    for r, (_, expected) in enumerate(csv_rows.iterrows(), start=2):
        for c, name in enumerate(table_csv.COLUMNS, start=1):
            cell = ws.cell(row=r, column=c)
            got = cell.value.date().isoformat() if cell.is_date else cell.value or ""
            assert got == expected[name], (r, name)
            assert cell.data_type in ("s", "n", "d"), (r, name)  # never "f" (formula)
    assert ws["H3"].value == "'=HYPERLINK(\"http://evil.example\",\"Budget passed\")"


def test_xlsx_columns_fit_and_long_ones_are_capped():
    ws = _xlsx()
    widths = {name: ws.column_dimensions[chr(ord("A") + i)].width
              for i, name in enumerate(table_csv.COLUMNS)}
    assert 10 <= widths["start"] <= 14
    assert widths["headline"] >= len('Leaders meet in Beijing; 习近平 says "progress"')
    assert max(widths.values()) <= 82


def test_xlsx_width_is_the_longest_line_with_wide_characters_counted_twice():
    from timeline.export.table_xlsx import _display_width
    assert _display_width("short\na longer line\nmid") == len("a longer line")
    assert _display_width("习近平 says") == 6 + 5
    assert _display_width("abc\n习近平习近平") == 12
    assert _display_width("") == 0


def test_xlsx_drops_characters_xml_cannot_hold():
    import dataclasses
    timeline = sample.sample_timeline()
    event = dataclasses.replace(timeline.events[0], headline="Page\x0cbreak\x00 here")
    ws = _xlsx(dataclasses.replace(timeline, events=(event,)))
    assert ws["H2"].value == "Pagebreak here"


def test_xlsx_bytes_are_stable():
    from timeline.export import table_xlsx
    assert table_xlsx.render(sample.sample_timeline()) == table_xlsx.render(sample.sample_timeline())
