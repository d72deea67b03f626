"""timelinejs_sheet.csv: the timeline as rows of TimelineJS's Google Sheets template.

Import it into a copy of the template (File > Import, replace the sheet) to edit the timeline
by hand and publish it with Knight Lab's embed generator. The columns are exactly the
template's; the first row is the "title" row, then one row per event with the same dates,
display dates, HTML-escaped texts and groups as timelinejs.json. Cells that a spreadsheet
would run as a formula get a leading apostrophe, which Sheets hides.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator


from ..model import Timeline
from .atomic import write_atomic
from . import timelinejs
from .common import csv_bytes, csv_chunks

FILENAME = "timelinejs_sheet.csv"
COLUMNS = ("Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
           "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
           "Media Thumbnail", "Type", "Group", "Background")


def _date_cells(d: dict | None, prefix: str = "") -> dict[str, str]:
    d = d or {}
    return {f"{prefix}{part.capitalize()}": str(d[part]) if part in d else ""
            for part in ("year", "month", "day")}


def rows(timeline: Timeline) -> list[dict[str, str]]:
    return list(iter_rows(timeline))


def iter_rows(timeline: Timeline) -> Iterator[dict[str, str]]:
    """The title row, then a row per slide, one at a time."""
    title = timelinejs.build_title(timeline)["text"]
    yield {"Headline": title["headline"], "Text": title["text"], "Type": "title"}
    for slide in timelinejs.slides(timeline):
        row = {**_date_cells(slide["start_date"]), **_date_cells(slide.get("end_date"), "End ")}
        row.update({"Display Date": slide.get("display_date", ""),
                    "Headline": slide["text"]["headline"], "Text": slide["text"]["text"],
                    "Group": slide.get("group", "")})
        yield row


def render(timeline: Timeline, bom: bool = False) -> bytes:
    return csv_bytes(rows(timeline), COLUMNS, bom)


def write(timeline: Timeline, path, bom: bool = False) -> Path:
    path = Path(path)
    return write_atomic(path, csv_chunks(iter_rows(timeline), COLUMNS, bom))
