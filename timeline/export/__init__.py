"""Export a Timeline: lossless JSON, CSV, iCalendar, TimelineJS JSON, a ready HTML page, XLSX.

    write_exports(timeline, "exports")                        # the default formats
    write_exports(timeline, "exports", ["csv"], bom=True)     # options go to the formats that take them

Each format lives in its own module with `write(timeline, path, ...)` and `render(timeline)`.
Every export is deterministic: the same Timeline gives byte-identical files, and each is
written to a temporary file in the output folder and renamed into place (`atomic`), so a build
killed half way leaves the previous exports whole.

A format's module is imported only when that format is written: pandas, openpyxl and
icalendar cost more to import than a `timeline --help` should.
"""
from __future__ import annotations

import importlib
import inspect
from pathlib import Path

# name -> (module, the file it writes in the output directory).
_MODULES = {
    "json": ("events_json", "events.json"),
    "csv": ("table_csv", "timeline.csv"),
    "ics": ("calendar_ics", "timeline.ics"),
    "timelinejs": ("timelinejs", "timelinejs.json"),
    "html": ("html_page", "timeline.html"),
    "xlsx": ("table_xlsx", "timeline.xlsx"),
    "sheet": ("timelinejs_sheet", "timelinejs_sheet.csv"),
}
FORMATS = tuple(_MODULES)
# "sheet" is opt-in: a second CSV next to timeline.csv would confuse most readers.
DEFAULT_FORMATS = ("json", "csv", "ics", "timelinejs", "html", "xlsx")
FILENAMES = {name: filename for name, (_, filename) in _MODULES.items()}
# The options each format's write() takes after (timeline, path); checked against the
# modules in the tests, kept here so that checking a typo imports nothing.
OPTIONS = {
    "json": ("include_text", "indent"),
    "csv": ("bom",),
    "ics": ("coarse", "calendar_name"),
    "timelinejs": (),
    "html": ("js_url", "css_url", "lang", "font"),
    "xlsx": (),
    "sheet": ("bom",),
}


def module_for(name: str):
    """The module that writes format `name` (imported on first use)."""
    return importlib.import_module(f"{__name__}.{_MODULES[name][0]}")


def accepted_options(module) -> tuple[str, ...]:
    return tuple(list(inspect.signature(module.write).parameters)[2:])  # after (timeline, path)


def write_exports(timeline, out_dir, formats=None, **options) -> list[Path]:
    """Write the chosen formats (default DEFAULT_FORMATS) into out_dir; return the paths.

    Options: bom (csv, sheet), coarse and calendar_name (ics), js_url, css_url, lang
    and font (html), include_text and indent (json). Each goes to every chosen format that
    accepts it; an option no format accepts is an error, so a typo is not silently ignored.
    """
    if isinstance(formats, str):
        formats = [formats]
    chosen = list(DEFAULT_FORMATS if formats is None else formats)
    unknown = [f for f in chosen if f not in _MODULES]
    if unknown:
        raise ValueError(f"unknown export format(s) {unknown}; choose from {list(FORMATS)}")
    known_options = {o for names in OPTIONS.values() for o in names}
    bad = sorted(set(options) - known_options)
    if bad:
        raise TypeError(f"unknown export option(s) {bad}; known: {sorted(known_options)}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for name in FILENAMES.values():  # left by a build that was killed while writing
        for stale in out.glob(f".{name}.*.tmp"):
            stale.unlink(missing_ok=True)
    written = []
    for name in dict.fromkeys(chosen):  # each format once, in the order asked
        module = module_for(name)
        kwargs = {k: v for k, v in options.items() if k in OPTIONS[name]}
        written.append(module.write(timeline, out / FILENAMES[name], **kwargs))
    return written


def read_events_json(path):
    """Rebuild a Timeline from an events.json file (see `events_json`)."""
    from .events_json import read_events_json as read
    return read(path)


__all__ = ["FORMATS", "DEFAULT_FORMATS", "FILENAMES", "write_exports", "read_events_json"]
