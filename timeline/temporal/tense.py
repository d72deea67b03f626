"""The tense of the clause around a temporal expression.

It decides the direction of a bare weekday, month or season: "traveled to Minsk on Monday"
looks back from the anchor, "will meet on Monday" looks forward. A light heuristic, not a
parser: the tense markers of the sentence are weighed by how near they are to the
expression, the verb before it first (English puts the time adverbial after its verb, or
fronts it at the start of the sentence), and markers past a clause break count less.
Markers of a plan or an intention ("will", "plans to", "invited ... for a trip") are future.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"'“‘(\[])|\n")
_CLAUSE_BREAK = re.compile(r"[;:—–]|,\s+(?:but|while|whereas|although|though|as|which|who)\b"
                           r"|[,.!?]\s*(?:''|[\"”’])|(?:``|[\"“])")

_FUTURE = re.compile(
    r"\b(?:will|shall|going\s+to|gonna|'ll|(?:is|are|am)\s+to\b|plan(?:s|ned|ning)?\s+to"
    r"|(?:is|are|was|were)\s+(?:expected|scheduled|due|set|slated|poised)\b|expects?\s+to"
    r"|schedul\w*|due\s+(?:to|in|on|at|by)|set\s+to|intends?\s+to|aims?\s+to|hopes?\s+to"
    r"|prepar\w*\s+to|propos\w*|invit\w*|upcoming|forthcoming|payable|expire|expires"
    r"|(?:decided|agreed|promised|vowed|pledged|threatened|wants?|hoping|agrees|decides)\s+to"
    r"|(?:expects?|expected|invites?|invited|wants?|wanted)\s+(?:[\w.'’-]+\s+){1,3}?to\s+[a-z]+"
    r"|(?:planned|scheduled|set|slated|earmarked|penciled|pencilled)\s+for"
    r"|would|might|should|must|wo(?=n't))\b",
    re.I,
)
_PRESENT = re.compile(r"\b(?:is|are|am|says|say|has|have|does|do)\b(?!\s+(?:to|been\s+\w+ed))",
                      re.I)
# "has repeatedly offered", "have met": the present perfect reports the past.
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+|not\s+|never\s+|already\s+|just\s+)?"
                      r"(?:been|[a-z]+ed|met|made|held|told|said|sent|taken|given|spoken|seen"
                      r"|done|gone|come|become|begun|won|lost|left|paid|sold|built|brought)\b",
                      re.I)
_PAST_IRREGULAR = (
    "was|were|had|did|said|told|met|made|took|gave|went|came|began|saw|spoke|left|flew|held"
    "|led|won|lost|sent|got|ran|fell|rose|paid|sold|bought|brought|built|caught|chose|drew"
    "|drove|felt|fought|found|grew|heard|kept|knew|laid|meant|sought|stood|struck|swore"
    "|taught|thought|threw|understood|woke|wrote|became|broke|forgot|hid|shook|spent|stole"
    "|swept|tore|withdrew|wound|ago|yesterday|earlier|already|last"
    # past and present alike; "sets", "puts" are the present of a third person
    "|set|put|cut|hit|shut|cast|quit|spread")
_PAST = re.compile(r"\b(?:" + _PAST_IRREGULAR + r"|(?P<ed>[a-z]{2,}ed))\b", re.I)
# An -ed word after these is a participle (passive, perfect, adjective), not a past tense:
# after an auxiliary, a determiner, a preposition or a quantity ("in preferred shares",
# "9.5 million preferred shares"), where English puts no finite verb.
_AUX_BEFORE_PARTICIPLE = re.compile(
    r"\b(?:be|been|being|is|are|am|was|were|has|have|had|to|will|can|could|would|should|may"
    r"|might|must|the|a|an|and|or|by|of|with|newly|recently|so-called|its|his|her|their|our"
    r"|your|my|this|that|these|those|in|on|at|for|from|into|onto|about|under|over|than|per"
    r"|million|billion|trillion|\d[\d.,]*)\s+$", re.I)
_NOT_PAST = {"need", "speed", "seed", "feed", "bed", "red", "shed", "breed", "indeed", "embed",
             "proceed", "succeed", "exceed", "united", "limited", "based", "related", "hundred",
             "concerned", "supposed", "interested", "unprecedented", "detailed", "advanced",
             "armed", "informed", "sacred", "naked", "wicked", "kindred", "ragged"}


@dataclass(frozen=True)
class Tense:
    tense: str  # "past", "present" or "future"
    strength: float  # how close the deciding marker was: lower is stronger; 99 = none


_AUXILIARIES = {"was", "were", "had", "did", "ago", "yesterday", "earlier", "already", "last"}
def _is_past_verb(text: str, m: re.Match, left: int) -> bool:
    """Whether a past-looking word is a finite past tense here, not a participle after an
    auxiliary ("will be paid") or an adjective after a determiner ("its preferred shares")."""
    word = m.group(0).lower()
    if word in _AUXILIARIES:
        return True
    if word in _NOT_PAST or (word.startswith("un") and word.endswith("ed")):
        return False  # "unspecified", "unannounced": adjectives
    if _AUX_BEFORE_PARTICIPLE.search(text[max(left, m.start() - 12):m.start()]):
        return False
    return True


def _words_between(text: str, a: int, b: int) -> int:
    return len(text[a:b].split())


# Words whose full stop ends no sentence: "Mr. Putin", "Roe vs. Wade", "Gov. Smith".
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st jr sr vs gov sen rep gen col lt sgt capt maj adm cmdr rev hon pres "
    "corp inc co ltd bros no mt ft ave blvd dept univ".split())


def _ends_sentence(text: str, m: re.Match) -> bool:
    if text[m.start()] != ".":
        return True
    word = re.search(r"([A-Za-z]+)$", text[max(0, m.start() - 12):m.start()])
    return not (word and word.group(1).lower() in _ABBREVIATIONS)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = 0
    for m in _SENTENCE_END.finditer(text, max(0, start - 600), start):
        if _ends_sentence(text, m):
            left = m.end()
    right = len(text)
    for m in _SENTENCE_END.finditer(text, end):
        if _ends_sentence(text, m):
            right = m.start() + 1
            break
    return left, right


def tense_at(text: str, start: int, end: int) -> Tense:
    """The tense of the sentence around text[start:end], judged by its nearest marker."""
    left, right = sentence_bounds(text, start, end)
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text, left, right)]
    # A fronted phrase ("In a meeting on December 21 with Medvedev, Xi called ..."): the
    # main clause after its comma is where the tense is, counted from that comma.
    fronted_end = None
    comma = text.find(",", end, right)
    lead = text[left:start]
    if comma != -1 and "," not in lead and _words_between(text, left, start) <= 6 and \
            not any(r.search(lead) for r in (_FUTURE, _PERFECT, _PAST, _PRESENT)):
        fronted_end = comma
        # "In January, a week after the anniversary, a bombing killed ...": a second fronted
        # phrase without a verb of its own is skipped as well.
        nxt = text.find(",", comma + 1, right)
        second = text[comma + 1:nxt] if nxt != -1 else ""
        if second and _words_between(text, comma + 1, nxt) <= 16 and \
                not any(r.search(second) for r in (_FUTURE, _PERFECT, _PAST, _PRESENT)):
            fronted_end = nxt
    best: tuple[float, str] | None = None
    for regex, tense, weight in ((_FUTURE, "future", 0.8), (_PERFECT, "past", 0.9),
                                 (_PAST, "past", 1.0), (_PRESENT, "present", 1.2)):
        for m in regex.finditer(text, left, right):
            if m.start() < end and start < m.end():
                continue  # the expression's own words ("next week", "last year")
            if regex is _PAST and not _is_past_verb(text, m, left):
                continue
            if m.end() <= start:
                distance = _words_between(text, m.end(), start)
                crossed = any(m.end() <= b < start for b in breaks)
                factor = 1.0
            elif fronted_end is not None and m.start() > fronted_end:
                distance = _words_between(text, fronted_end + 1, m.start())
                crossed = any(fronted_end < b < m.start() for b in breaks)
                factor = 1.0
            else:
                distance = _words_between(text, end, m.start())
                crossed = any(end <= b < m.start() for b in breaks)
                factor = 1.6
            score = (distance + 1) * factor * weight + (8 if crossed else 0)
            if best is None or score < best[0]:
                best = (score, tense)
    if best is None:
        return Tense("present", 99.0)
    return Tense(best[1], best[0])
