"""timeline.xlsx: the timeline.csv table as an Excel workbook, for people who sort and filter.

Same columns and rows as timeline.csv (see table_csv), with what a workbook can add:
- `start` and `end` are real date cells (number format yyyy-mm-dd), so they sort, filter and
  compute as dates in Excel, LibreOffice and Google Sheets, in every locale;
- the header row is bold, frozen and has an autofilter; columns have widths that fit their
  contents (capped, so a long text does not make a screen-wide column).

Text that a spreadsheet would take for a formula gets the same leading apostrophe as in the
CSV, and every text cell is written as a string cell, never a formula. Characters that XML
1.0 cannot hold (control characters other than tab, newline and carriage return) are dropped,
and a cell is cut at Excel's limit of 32,767 characters.

The file is deterministic: document properties are stamped with the newest publication date
(as in the calendar export) and the zip entries carry a fixed time, so the same timeline gives
the same bytes.
"""
from __future__ import annotations

import io
import unicodedata
import zipfile
from datetime import date, datetime, time
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter

from ..model import Timeline
from .atomic import write_atomic
from .common import neutralise_cell
from .table_csv import COLUMNS, rows

FILENAME = "timeline.xlsx"
SHEET_TITLE = "Timeline"
DATE_COLUMNS = ("start", "end")
DATE_FORMAT = "yyyy-mm-dd"
MAX_CELL = 32767  # Excel's limit on the characters in one cell
# Width caps, in characters: long texts wrap instead of making screen-wide columns.
_MAX_WIDTH = {"headline": 60, "text": 80, "sources": 80, "expressions": 50}
_DEFAULT_MAX_WIDTH = 30
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can carry


def _clean(value: str) -> str:
    value = ILLEGAL_CHARACTERS_RE.sub("", value)
    if len(value) > MAX_CELL:
        value = value[:MAX_CELL - 1] + "…"
    return neutralise_cell(value)


def _display_width(value: str) -> int:
    """Width of the longest line in character cells (CJK and other wide characters count 2)."""
    if value.isascii():  # most cells: no wide characters, so a line's width is its length
        return max(map(len, value.split("\n")))
    return max((sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)
                for line in value.split("\n")), default=0)


def _stamp(timeline: Timeline) -> datetime:
    days = [d.published for d in timeline.documents if d.published]
    return datetime.combine(max(days) if days else date(2000, 1, 1), time(0, 0))


def _cells(row: dict) -> list[tuple[str, object]]:
    """(column, value) of one row as cells hold them: dates as dates, empty text as None."""
    out = []
    for name in COLUMNS:
        raw = row[name]
        out.append((name, date.fromisoformat(raw) if name in DATE_COLUMNS else (_clean(raw) or None)))
    return out


def workbook(timeline: Timeline) -> Workbook:
    """A write-only workbook: rows are written as they come, never held as cell objects (a
    large run has millions of cells). The widths must be known before the first row, so the
    rows are made twice: once to measure, once to write."""
    widths = {name: len(name) for name in COLUMNS}
    n_rows = 1
    for row in rows(timeline):
        n_rows += 1
        for name, value in _cells(row):
            if name in DATE_COLUMNS:
                widths[name] = max(widths[name], len("2000-01-01"))
            elif value is not None:
                widths[name] = max(widths[name], _display_width(value))
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(SHEET_TITLE)
    for c, name in enumerate(COLUMNS, start=1):
        cap = _MAX_WIDTH.get(name, _DEFAULT_MAX_WIDTH)
        ws.column_dimensions[get_column_letter(c)].width = min(widths[name], cap) + 2
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{n_rows}"
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")

    def header(name: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(ws, value=name)
        cell.font = bold
        return cell

    ws.append([header(name) for name in COLUMNS])
    for row in rows(timeline):
        out = []
        for name, value in _cells(row):
            cell = WriteOnlyCell(ws, value=value)
            if name in DATE_COLUMNS:
                cell.number_format = DATE_FORMAT
            elif value is not None:
                cell.data_type = "s"  # text, even if it looked like a formula or a number
                if "\n" in value:
                    cell.alignment = wrap
            out.append(cell)
        ws.append(out)
    stamp = _stamp(timeline)
    wb.properties.title = _clean(timeline.title)
    wb.properties.creator = "timeline"
    wb.properties.created = stamp
    wb.properties.modified = stamp
    return wb


def render(timeline: Timeline) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        # ExcelWriter, not Workbook.save: save() stamps the modified time with the clock.
        ExcelWriter(workbook(timeline), archive).save()
    # Re-pack with a fixed time on every entry, so the bytes do not depend on the clock.
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


def write(timeline: Timeline, path) -> Path:
    path = Path(path)
    return write_atomic(path, render(timeline))
