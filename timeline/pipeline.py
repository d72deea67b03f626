"""The whole flow: read articles, tag and resolve their dates, find events, merge them.

    from timeline import build_timeline, write_exports
    tl = build_timeline(["seeds"])
    write_exports(tl, "exports")

Everything before the merge is a pure function of one document (`process_document`), so a
corpus can be split across processes with the same result as one process.

Each document is processed inside its own guard (`process_guarded`): an exception, or a stage
that runs past its time budget, costs that document's dates or events and becomes a warning
naming its file; the other documents go on.
"""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from functools import partial
from typing import Callable, Iterable, Sequence

from . import anchoring
from .dedup import merge_events
from .engines import open_engine
from .events import extract_events
from .ingest import read_documents
from .ingest.language import release_detector
from .model import Document, EventMention, Timeline, TimeMention
from .narrative import judge_mode, tag_document, unsupported_languages
from .sharing import Pool


def process_document(doc: Document) -> tuple[list[TimeMention], list[EventMention]]:
    """Tag one document's temporal expressions (as news or as a narrative, by its mode) and
    find the events they date."""
    doc = with_mode(doc)
    mentions = tag_document(doc.text, doc.published, doc.id, doc.mode, doc.language)
    return mentions, extract_events(doc, mentions)


# CPU seconds one stage (tagging, events) of one document may take. Every stage is meant to
# be linear in the text, and a long article takes well under a second; a document past the
# budget is a pathological input, left out with a warning rather than holding up the build.
# CPU time, not wall time, so that a busy machine does not cut off documents a quiet one
# finishes (the size caps of timeline.ingest.guard come first and are exact).
STAGE_BUDGET_SECONDS = 60.0


class BudgetExceeded(Exception):
    pass


@contextmanager
def _budget(seconds: float | None):
    """Raise BudgetExceeded in the body after `seconds` of CPU time (SIGPROF: the main thread
    of a POSIX process only; elsewhere, as in a thread pool, the body runs unguarded)."""
    usable = (seconds and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def _expired(signum, frame):
        raise BudgetExceeded

    previous = signal.signal(signal.SIGPROF, _expired)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def _failure(doc: Document, stage: str, error: BaseException, budget: float | None) -> str:
    where = doc.path or doc.id
    if isinstance(error, BudgetExceeded):
        why = f"took more than {budget:g} s of CPU time"
    else:
        why = " ".join(f"{type(error).__name__}: {error}".split())[:200]
    lost = "its dates and events are" if stage == "tagging" else "its events are"
    return f"{where}: {stage} failed ({why}); {lost} left out"


def process_guarded(doc: Document, budget: float | None = STAGE_BUDGET_SECONDS
                    ) -> tuple[Document, list[TimeMention], list[EventMention], list[str]]:
    """process_document, with each stage guarded: (the document with its mode judged,
    mentions, events, warnings)."""
    try:
        with _budget(budget):
            doc = with_mode(doc)
            mentions = tag_document(doc.text, doc.published, doc.id, doc.mode, doc.language)
    except Exception as error:
        return doc, [], [], [_failure(doc, "tagging", error, budget)]
    try:
        with _budget(budget):
            events = extract_events(doc, mentions)
    except Exception as error:
        return doc, mentions, [], [_failure(doc, "finding events", error, budget)]
    return doc, mentions, events, _out_of_range(doc, mentions)


def _out_of_range(doc: Document, mentions: Sequence[TimeMention]) -> list[str]:
    """One warning naming the expressions whose date no calendar holds (year 0, after
    9999, February 31): the tagger keeps them unresolved, and the user should know why."""
    words = [m.text for m in mentions if "out-of-range" in m.flags]
    if not words:
        return []
    shown = ", ".join(repr(" ".join(w.split())[:60]) for w in words[:3])
    more = f" and {len(words) - 3} more" if len(words) > 3 else ""
    it = "it is" if len(words) == 1 else "they are"
    return [f"{doc.path or doc.id}: {shown}{more} {'is a date' if len(words) == 1 else 'are dates'}"
            f" outside the calendar (years 1-9999, real days only); {it} left unresolved"]


def with_mode(doc: Document) -> Document:
    """The document with "auto" replaced by the mode judged from its text."""
    return doc if doc.mode != "auto" else replace(doc, mode=judge_mode(doc.text, doc.language)[0])


def build_from_documents(documents: Sequence[Document], title: str | None = None,
                         warnings: Iterable[str] = (), jobs: int = 1,
                         progress: Callable[[int], None] | None = None,
                         infer_anchors: bool = True, anchor_threshold: float = 0.6,
                         budget: float | None = STAGE_BUDGET_SECONDS, engine: str = "local",
                         scheduler: str | None = None) -> Timeline:
    """A Timeline from documents already read.

    infer_anchors: for documents without a publication date, infer one from the text and the
    other documents of the run (timeline.anchoring); it is used when its confidence is at
    least anchor_threshold (published_from "inferred"), and a warning says which and why.
    budget: seconds each stage of one document may take (None: no limit); past it, the
    document's dates or events are left out with a warning. Not enforced on Dask, whose
    tasks run outside a worker's main thread.
    engine, jobs, scheduler: where the per-document stages run (timeline.engines); with
    engine "dask", the merge's blocks are clustered on the same cluster;
    progress(n) is called as n more documents are done."""
    with open_engine(engine, jobs, scheduler) as runner:
        return _build(documents, title, list(warnings), progress, infer_anchors,
                      anchor_threshold, budget, runner)


def _build(documents, title, warnings, progress, infer_anchors, anchor_threshold, budget,
           runner) -> Timeline:
    documents = list(documents)
    results: list = [None] * len(documents)
    pool = Pool()  # the mentions' repeated parts, held once until the exports are written

    def process(indices: list[int]) -> None:
        # Each result is pooled as it comes, so the raw mentions of one document at a time
        # are held, not those of the whole run beside their pooled copies.
        done = runner.iter_documents(partial(process_guarded, budget=budget),
                                     [documents[i] for i in indices], progress=progress)
        for i, (doc, mentions, events, failed) in zip(indices, done):
            results[i] = (doc, *pool.mentions(mentions, events), failed)

    undated = [i for i, doc in enumerate(documents) if doc.published is None]
    if infer_anchors and undated:
        # The dated documents first: their events are the evidence inference compares with,
        # so it need not tag them a second time.
        process([i for i, doc in enumerate(documents) if doc.published is not None])
        events = {r[0].id: r[2] for r in results if r is not None}
        try:
            documents, inferred = anchoring.infer_anchors(
                documents, anchor_threshold, events_of=lambda d: events.get(d.id, []))
            warnings.extend(inferred)
        except Exception as error:  # a failed inference leaves the dates unresolved, no more
            warnings.append(f"inferring publication dates failed ({type(error).__name__}: "
                            f"{' '.join(str(error).split())[:200]}); undated articles stay "
                            "unanchored")
        process(undated)
    else:
        for i in undated:
            where = documents[i].path or documents[i].id
            warnings.append(f"{where}: no publication date, so its relative dates ('on Monday',"
                            f" 'last year') stay unresolved; give one with --anchor or a manifest")
        process(list(range(len(documents))))
    documents = [doc for doc, _, _, _ in results]
    all_mentions = [m for _, mentions, _, _ in results for m in mentions]
    event_mentions = [e for _, _, events, _ in results for e in events]
    warnings.extend(w for _, _, _, failed in results for w in failed)
    warnings.extend(unsupported_languages(doc.language for doc in documents))
    results.clear()  # the per-document lists are flattened: not held through the merge
    pool = None  # its lookup table too (the values stay where the mentions point)
    # The merge's blocks are clustered where the documents were (timeline.engines).
    events = merge_events(event_mentions, documents, map_blocks=runner.map_blocks)
    return Timeline(documents=tuple(documents), events=tuple(events),
                    mentions=tuple(all_mentions), title=title or _default_title(documents),
                    warnings=tuple(warnings))


def build_timeline(paths, anchor: date | None = None, title: str | None = None,
                   jobs: int = 1, progress: Callable[[int], None] | None = None,
                   infer_anchors: bool = True, anchor_threshold: float = 0.6,
                   budget: float | None = STAGE_BUDGET_SECONDS, engine: str = "local",
                   scheduler: str | None = None, mode: str = "auto") -> Timeline:
    """Read articles from files and folders and build their timeline.

    anchor: the publication date for documents that carry none (their own metadata and a
    folder manifest come first)."""
    documents, warnings = read_documents(paths, anchor=anchor, mode=mode)
    release_detector()
    return build_from_documents(documents, title, warnings, jobs, progress,
                                infer_anchors=infer_anchors, anchor_threshold=anchor_threshold,
                                budget=budget, engine=engine, scheduler=scheduler)


def _default_title(documents: Sequence[Document]) -> str:
    days = sorted(d.published for d in documents if d.published)
    n = len(documents)
    noun = "article" if n == 1 else "articles"
    if not days:
        return f"Timeline of {n} {noun}"
    if days[0] == days[-1]:
        return f"Timeline of {n} {noun} ({days[0].isoformat()})"
    return f"Timeline of {n} {noun} ({days[0].isoformat()} to {days[-1].isoformat()})"
