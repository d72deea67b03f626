"""The whole flow: read articles, tag and resolve their dates, find events, merge them.

    from timeline import build_timeline, write_exports
    tl = build_timeline(["seeds"])
    write_exports(tl, "exports")

Everything before the merge is a pure function of one document (`process_document`), so a
corpus can be split across processes with the same result as one process.
"""
from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from datetime import date
from typing import Callable, Iterable, Sequence

from . import anchoring
from .dedup import merge_events
from .events import extract_events
from .ingest import read_documents
from .model import Document, EventMention, Timeline, TimeMention
from .temporal import tag


def process_document(doc: Document) -> tuple[list[TimeMention], list[EventMention]]:
    """Tag one document's temporal expressions and find the events they date."""
    mentions = tag(doc.text, doc.published, doc.id)
    return mentions, extract_events(doc, mentions)


def build_from_documents(documents: Sequence[Document], title: str | None = None,
                         warnings: Iterable[str] = (), jobs: int = 1,
                         progress: Callable[[Document], None] | None = None,
                         infer_anchors: bool = True, anchor_threshold: float = 0.6) -> Timeline:
    """A Timeline from documents already read.

    infer_anchors: for documents without a publication date, infer one from the text and the
    other documents of the run (timeline.anchoring); it is used when its confidence is at
    least anchor_threshold (published_from "inferred"), and a warning says which and why."""
    warnings = list(warnings)
    if infer_anchors and any(doc.published is None for doc in documents):
        documents, inferred = anchoring.infer_anchors(documents, anchor_threshold)
        warnings.extend(inferred)
    for doc in documents:
        if doc.published is None and not infer_anchors:
            where = doc.path or doc.id
            warnings.append(f"{where}: no publication date, so its relative dates ('on Monday',"
                            f" 'last year') stay unresolved; give one with --anchor or a manifest")
    if jobs > 1 and len(documents) > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            results = []
            for doc, result in zip(documents, pool.map(process_document, documents)):
                results.append(result)
                if progress:
                    progress(doc)
    else:
        results = []
        for doc in documents:
            results.append(process_document(doc))
            if progress:
                progress(doc)
    all_mentions = [m for mentions, _ in results for m in mentions]
    event_mentions = [e for _, events in results for e in events]
    events = merge_events(event_mentions, documents)
    return Timeline(documents=tuple(documents), events=tuple(events),
                    mentions=tuple(all_mentions), title=title or _default_title(documents),
                    warnings=tuple(warnings))


def build_timeline(paths, anchor: date | None = None, title: str | None = None,
                   jobs: int = 1, progress: Callable[[Document], None] | None = None,
                   infer_anchors: bool = True, anchor_threshold: float = 0.6) -> Timeline:
    """Read articles from files and folders and build their timeline.

    anchor: the publication date for documents that carry none (their own metadata and a
    folder manifest come first)."""
    documents, warnings = read_documents(paths, anchor=anchor)
    return build_from_documents(documents, title, warnings, jobs, progress,
                                infer_anchors=infer_anchors, anchor_threshold=anchor_threshold)


def _default_title(documents: Sequence[Document]) -> str:
    days = sorted(d.published for d in documents if d.published)
    n = len(documents)
    noun = "article" if n == 1 else "articles"
    if not days:
        return f"Timeline of {n} {noun}"
    if days[0] == days[-1]:
        return f"Timeline of {n} {noun} ({days[0].isoformat()})"
    return f"Timeline of {n} {noun} ({days[0].isoformat()} to {days[-1].isoformat()})"
