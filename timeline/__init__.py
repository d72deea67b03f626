"""timeline: news articles in, a dated, deduplicated event timeline out.

    from timeline import build_timeline, write_exports
    tl = build_timeline(["seeds"])          # read, tag dates, find and merge events
    write_exports(tl, "exports")            # events.json, CSV, iCalendar, TimelineJS

The names below are imported on first use, so `import timeline` (and `timeline --help`)
stays quick: the stages pull in dateparser, pandas and the export libraries.
"""
from importlib import import_module

_WHERE = {
    "build_timeline": "pipeline",
    "build_from_documents": "pipeline",
    "process_document": "pipeline",
    "write_exports": "export",
    "read_events_json": "export",
}
__all__ = list(_WHERE)


def __getattr__(name):
    if name in _WHERE:
        return getattr(import_module(f"{__name__}.{_WHERE[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
