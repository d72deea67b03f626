"""timeline: news articles in, a dated, deduplicated event timeline out.

    from timeline import build_timeline, write_exports
    tl = build_timeline(["seeds"])          # read, tag dates, find and merge events
    write_exports(tl, "exports")            # events.json, CSV, iCalendar, TimelineJS
"""
from .export import read_events_json, write_exports
from .pipeline import build_from_documents, build_timeline, process_document

__all__ = ["build_timeline", "build_from_documents", "process_document", "write_exports",
           "read_events_json"]
