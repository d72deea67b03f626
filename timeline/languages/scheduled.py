"""A scheduled present, read from a language's `tense` data: the verb right before a bare
weekday in the simple present or the progressive states an event ahead ("the plant reopens
on Friday", "he and Arafat meet separately Monday", "is leaving Monday"). English says so;
a language without `tense.scheduled_present` is unaffected. timeline.temporal.tense reads
the same tables for production English."""
from __future__ import annotations

import re
# The verb and the weekday stand in one stretch of words: no punctuation between them.
_STOPS = re.compile(r"[.;:!?,()\"“”—–]")
_WINDOW = 160


_COMPILED: dict[str, tuple] = {}  # language code -> its compiled tables


def _tables(code: str, t: dict) -> tuple:
    if code in _COMPILED:
        return _COMPILED[code]
    words = lambda key: frozenset(w.lower() for w in t.get(key, ()))  # noqa: E731
    reporting = words("reporting")
    alternation = "|".join(w.replace(" ", r"\s+") for w in
                           sorted([*t.get("clause_starts", ()), *reporting], key=len, reverse=True))
    clause_start = re.compile(r"(?:^|\b(?:" + alternation + r")(?:\s+\w+)?(?:\s+that)?)\s*$",
                              re.I) if alternation else re.compile(r"^\s*$")
    gap = re.compile(r"(?:\s+[\w'’-]+){0,%d}\s*" % t.get("scheduled_reach", 0))
    tables = ([re.compile(p) for p in t["scheduled_present"]], words("not_scheduled") | reporting,
            words("subject_breaks") | reporting,
            words("past_words") | words("past_like_base") | words("not_past"),
            tuple(x for x in (t.get("past_ending"), "ing", "ly") if x), clause_start, gap)
    _COMPILED[code] = tables
    return tables


def scheduled(code: str, tense: dict, text: str, start: int, past: bool,
              past_cue: re.Pattern | None = None) -> bool:
    """Whether the verb right before text[start:] is a scheduled present. A base form
    ("they meet") has no ending to tell it from a past the cues do not know, so it counts
    only outside a past clause (`past`); a past cue between the verb and the weekday
    is the verb of the clause ("Telerate shares fell 50 cents on Friday")."""
    if not tense.get("scheduled_present"):
        return False
    regexes, not_verb, breaks, past_like, base_endings, clause_start, gap = \
        _tables(code, tense)
    window = text[max(0, start - _WINDOW):start]
    stops = list(_STOPS.finditer(window))
    if stops:
        window = window[stops[-1].end():]
    for rx in regexes:
        last = None
        for m in rx.finditer(window):
            last = m
        if last is None or not gap.fullmatch(window, last.end()) or \
                past_cue is not None and past_cue.search(window, last.end()):
            continue
        form = last.lastgroup
        verb = last.group(form).lower()
        if verb in not_verb:
            continue
        if form == "base" and (past or verb in past_like or verb.endswith(base_endings)):
            continue
        subject = window[last.start():last.start(form)].lower().split()[1:]
        if any(w in breaks for w in subject):
            continue
        # a subject opens its clause: after a verb or a preposition an -s word is a noun
        if form == "ing" or clause_start.search(window[:last.start()]):
            return True
    return False
