"""The run's pool shares equal parts of mentions without changing any value."""
from datetime import date

from timeline.model import Document
from timeline.pipeline import process_document
from timeline.sharing import Pool

TEXT = ("Officials said on Monday that the bridge reopened on March 3, 2023. "
        "The mayor, Ana Ruiz, said on Tuesday the bridge reopened on March 3, 2023.")


def _mentions(doc_id):
    return process_document(Document(id=doc_id, text=TEXT, published=date(2023, 3, 8)))


def test_pooled_mentions_equal_the_originals_and_share_parts():
    pool = Pool()
    first, second = _mentions("a"), _mentions("b")
    times_a, events_a = pool.mentions(*first)
    times_b, events_b = pool.mentions(*second)
    assert (times_a, events_a) == tuple(map(list, first))
    assert (times_b, events_b) == tuple(map(list, second))
    # the two articles' "March 3, 2023" spans, and each article's "published" anchors, are one
    march = [t for t in times_a + times_b if t.value == "2023-03-03"]
    assert len(march) == 4 and all(t.span is march[0].span for t in march)
    assert all(t.text is march[0].text for t in march)  # and their words
    anchors = [t.anchor for t in times_a if t.anchor is not None and t.anchor.kind == "published"]
    assert len(anchors) >= 2 and all(a is anchors[0] for a in anchors)
    # an event's time mention is still the one in its document's list
    assert all(any(e.time is t for t in times_a) for e in events_a if e.time is not None)


def test_offsets_past_the_small_ints_are_shared_and_stay_ints():
    pool = Pool()
    long_text = "The council met again. " * 20 + TEXT  # offsets past 256: objects of their own
    runs = [process_document(Document(id=i, text=long_text, published=date(2023, 3, 8)))
            for i in "ab"]
    (times_a, events_a), (times_b, events_b) = (pool.mentions(*run) for run in runs)
    assert (times_b, events_b) == tuple(map(list, runs[1]))
    assert times_a and all(t.start > 256 for t in times_a)
    for a, b in zip(times_a + events_a, times_b + events_b):
        for name in ("start", "end") if hasattr(a, "start") else ("sentence_start",
                                                                   "sentence_end"):
            assert getattr(a, name) is getattr(b, name)
            assert type(getattr(a, name)) is int
