"""Export a Timeline: lossless JSON, CSV, iCalendar, TimelineJS JSON, a ready HTML page, XLSX.

    write_exports(timeline, "exports")                        # the default formats
    write_exports(timeline, "exports", ["csv"], bom=True)     # options go to the formats that take them

Each format lives in its own module with `write(timeline, path, ...)` and `render(timeline)`.
Every export is deterministic: the same Timeline gives byte-identical files.
"""
from __future__ import annotations

import inspect
from pathlib import Path

from ..model import Timeline
from . import (calendar_ics, events_json, html_page, table_csv, table_xlsx, timelinejs,
               timelinejs_sheet)
from .events_json import read_events_json

# name -> module; the module's FILENAME is the file written in the output directory.
_MODULES = {
    "json": events_json,
    "csv": table_csv,
    "ics": calendar_ics,
    "timelinejs": timelinejs,
    "html": html_page,
    "xlsx": table_xlsx,
    "sheet": timelinejs_sheet,
}
FORMATS = tuple(_MODULES)
# "sheet" is opt-in: a second CSV next to timeline.csv would confuse most readers.
DEFAULT_FORMATS = ("json", "csv", "ics", "timelinejs", "html", "xlsx")
FILENAMES = {name: module.FILENAME for name, module in _MODULES.items()}


def _accepted(module) -> set[str]:
    params = list(inspect.signature(module.write).parameters)
    return set(params[2:])  # after (timeline, path)


def write_exports(timeline: Timeline, out_dir, formats=None, **options) -> list[Path]:
    """Write the chosen formats (default DEFAULT_FORMATS) into out_dir; return the paths.

    Options: bom (csv, sheet), coarse and calendar_name (ics), js_url, css_url, lang
    and font (html), include_text (json). Each goes to every chosen format that accepts it; an option
    no format accepts is an error, so a typo is not silently ignored.
    """
    if isinstance(formats, str):
        formats = [formats]
    chosen = list(DEFAULT_FORMATS if formats is None else formats)
    unknown = [f for f in chosen if f not in _MODULES]
    if unknown:
        raise ValueError(f"unknown export format(s) {unknown}; choose from {list(FORMATS)}")
    known_options = set().union(*(_accepted(m) for m in _MODULES.values()))
    bad = sorted(set(options) - known_options)
    if bad:
        raise TypeError(f"unknown export option(s) {bad}; known: {sorted(known_options)}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in dict.fromkeys(chosen):  # each format once, in the order asked
        module = _MODULES[name]
        accepted = _accepted(module)
        kwargs = {k: v for k, v in options.items() if k in accepted}
        written.append(module.write(timeline, out / module.FILENAME, **kwargs))
    return written


__all__ = ["FORMATS", "DEFAULT_FORMATS", "FILENAMES", "write_exports", "read_events_json"]
