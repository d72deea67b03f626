#!/usr/bin/env python3
"""Seeded mutation fuzzer for the tagger and the per-document pipeline, run by hand.

    python benchmarks/fuzz.py --cases 100000 --seed 1 --jobs 2
    python benchmarks/fuzz.py --replay 1:4711          # show and re-run one case

Each case is a pure function of (seed, index): a news sentence or a short document from the
seed corpus (TempEval-3 texts under ../shared/data and seeds/*.txt), mutated a few times
(tokens inserted, deleted, duplicated or swapped; dates spliced in; numbers out of range;
weekday and month floods; NUL, right-to-left and combining characters; case flips;
punctuation storms; truncation), with a random publication date (extremes and None
included). A "tag" case runs `timeline.temporal.tag`; a "doc" case runs
`timeline.pipeline.process_document` on a `Document`. Both also check the offsets the model
promises (a mention's text is the document's text at its offsets, an event's sentence too).

Cases run in worker processes. Every exception is recorded with its type, message, the
innermost frame inside `timeline/` (its *site*, which de-duplicates) and a minimal repro (the
text shrunk token by token while the same site still fails). A case slower than --slow
seconds is recorded with the code it was in at that moment (faulthandler's stack dump, which
works even inside a C regex call); one slower than --hang seconds is killed and recorded as a
hang, and the worker restarts. Prints counts, sites, the slowest cases and cases/s; --json
writes everything.
"""
from __future__ import annotations

import argparse
import faulthandler
import json
import multiprocessing as mp
import os
import random
import re
import sys
import tempfile
import time
import traceback
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from multiprocessing.connection import wait
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.model import Document  # noqa: E402
from timeline.pipeline import process_document  # noqa: E402
from timeline.temporal import tag  # noqa: E402

DEFAULT_GOLD = ROOT.parent / "shared" / "data" / "tempeval3" / "train.jsonl"
PACKAGE = str(ROOT / "timeline") + os.sep

# --- the seed corpus ------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'A-Z0-9])")


def load_corpus(gold: Path | None = DEFAULT_GOLD, seeds: Path = ROOT / "seeds") -> list[str]:
    """News sentences, in a stable order: TempEval-3 texts (if present) and the seed articles."""
    texts = []
    if gold is not None and Path(gold).exists():
        with open(gold, encoding="utf-8") as handle:
            texts.extend(json.loads(line)["text"] for line in handle if line.strip())
    texts.extend(p.read_text(encoding="utf-8") for p in sorted(Path(seeds).glob("*.txt")))
    sentences = []
    for text in texts:
        for sentence in _SENTENCE_END.split(text):
            sentence = " ".join(sentence.split())
            if 20 <= len(sentence) <= 400:
                sentences.append(sentence)
    if not sentences:
        raise SystemExit("fuzz: no seed sentences found (need seeds/*.txt or --gold)")
    return sentences


# --- the mutations --------------------------------------------------------------------------

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "Mon.", "Tues", "Wed", "Thu.", "Fri", "Sat.", "Sun"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December", "Jan.", "Feb", "Sept.", "Dec."]
UNITS = ["day", "days", "week", "weeks", "month", "months", "year", "years", "decade",
         "decades", "century", "centuries", "millennium", "hours", "minutes", "quarter",
         "quarters", "fortnight", "weekend", "season"]
AMOUNTS = ["0", "1", "2", "3", "12", "40", "100", "366", "1000", "10000", "99999", "1000000",
           "1 million", "a million", "a hundred", "a thousand", "two dozen", "several", "1.5",
           "-3", "10000000000000000000", "one and a half", "twenty-one", "nineteen ninety"]
YEARS = ["0", "1", "99", "999", "1066", "1900", "1999", "2000", "2023", "2099", "2100",
         "2999", "9999", "10000", "99999", "0000", "20233", "'98", "1e9"]
DAYS = ["0", "1", "15", "28", "29", "30", "31", "32", "99", "1st", "2nd", "31st", "29th"]
WORDS = ["last", "next", "this", "ago", "later", "earlier", "since", "until", "by", "before",
         "after", "about", "around", "nearly", "early", "late", "mid-", "the", "of", "on",
         "in", "at", "today", "tomorrow", "yesterday", "now", "recently", "currently", "year",
         "week", "said", "will", "would", "has", "had", "was", "end", "beginning", "fiscal",
         "quarter", "Q3", "FY2023", "BC", "AD", "BCE", "noon", "midnight", "morning", "p.m.",
         "EST", "GMT+14", "UTC-12", "o'clock", "tonight", "weekend", "spring", "fall",
         "Christmas", "Easter", "Ramadan", "New Year's Eve", "Election Day"]
TEMPLATES = [
    "{day} {month} {year}", "{month} {day}, {year}", "{year}-{mm}-{dd}", "{mm}/{dd}/{year}",
    "{weekday}", "last {weekday}", "next {month}", "{amount} {unit} ago", "in {amount} {unit}",
    "{amount} {unit} later", "{amount} {unit} earlier", "the {day} century", "the {year}s",
    "summer {year}", "Q{q} {year}", "{year}", "by {year}", "since {month} {year}",
    "{h}:{min} {ampm} {weekday}", "a hundred centuries ago", "1 million days later",
    "31 February 2023", "the week of {month} {day}", "mid-{month}", "the first half of {year}",
    "{weekday}, {month} {day}, {year}, {h}:{min} {ampm}", "PUBLISHED: {weekday}, {month} "
    "{day}, {year}", "Net zero by {year}", "{day} {month}", "the {amount}th of {month}",
    "{year} BC", "the {amount} days before {month} {day}", "within {amount} {unit}",
    "{amount} {unit} from now", "every {weekday}", "the last week of {month}",
    "{weekday} {weekday} {month} {month}", "{month} {year} to {month} {year}",
    "between {year} and {year}", "{year}/{year}", "{day}.{mm}.{year}", "T{h}:{min}:{min}Z",
]
FLOODS = ["Monday ", "March ", "last week of March, in 3 days, ", "2023 ", "1 ", "the next day, ",
          "20 days later ", "CHARGERS' WILLIAMS ARRESTED ", "A ", ", ", ". ", "- ", "  ",
          "Mon. Tues. Wed. ", "on Monday and ", "in May of ", "12:30 ", "'s ", "(", "\"", "in ",
          "Jan. 5, ", "BY ", "UPDATED: "]
UNICODE = ["\x00", "\u202e", "\u202d", "\u200f", "\u200e", "\u2066", "\u200b", "\ufeff",
           "\u0301", "\u0308\u0308\u0308\u0308", "\ud800", "\U0001f642", "\uff12\uff10\uff12\uff13",
           "\u0662\u0660\u0662\u0663", "\u2028", "\u2029", "\r", "\t", "\x0b", "\x0c", "\x1b[31m",
           "\u01c5", "\u00df", "\u0130", "\ufb01", "\u1e9e", "\u2160", "\u00bd", "\u00b2",
           "\u05d0\u05d1", "\u0627\u0644", "\u4e09\u6708", "\u00a0", "\u2009", "\u3000", "\ufffd",
           "\u0000\u0000", "\\", "\"", "{", "}", "<script>", "=", "\u2013", "\u2014", "\u2019"]
PUNCT = ".,;:!?-()[]\"'/\\&*#%$@_~`|<>+="


@dataclass
class Case:
    seed: int
    index: int
    kind: str  # "tag" (tag only) or "doc" (process_document)
    text: str
    dct: date | None
    title: str | None = None
    ops: list[str] = field(default_factory=list)  # the mutations applied, for the report

    @property
    def key(self) -> str:
        return f"{self.seed}:{self.index}"


def _date_phrase(rng: random.Random) -> str:
    return rng.choice(TEMPLATES).format(
        day=rng.choice(DAYS), month=rng.choice(MONTHS), year=rng.choice(YEARS),
        weekday=rng.choice(WEEKDAYS), amount=rng.choice(AMOUNTS), unit=rng.choice(UNITS),
        mm=rng.choice(["00", "01", "02", "12", "13", "99"]),
        dd=rng.choice(["00", "01", "29", "30", "31", "32"]), q=rng.choice("012345"),
        h=rng.choice(["0", "1", "12", "13", "24", "25", "99"]),
        min=rng.choice(["00", "30", "59", "60", "99"]), ampm=rng.choice(["a.m.", "PM", "pm", ""]))


def _mutate(tokens: list[str], rng: random.Random, corpus: list[str], ops: list[str],
            scale: float) -> list[str]:
    """Apply one mutation to a token list; append its name to ops."""
    op = rng.choice(["insert", "delete", "duplicate", "swap", "splice_date", "splice_date",
                     "number", "flood", "unicode", "case", "punct", "truncate", "crossover"])
    n = len(tokens)
    pos = rng.randrange(n + 1)
    if op == "insert":
        tokens.insert(pos, rng.choice(WORDS + WEEKDAYS + MONTHS + UNITS + AMOUNTS))
    elif op == "delete" and n:
        del tokens[rng.randrange(n):rng.randrange(n) + 1 + rng.randrange(3)]
    elif op == "duplicate" and n:
        i = rng.randrange(n)
        j = min(n, i + 1 + rng.randrange(4))
        tokens[i:i] = tokens[i:j] * rng.randint(1, 5)
    elif op == "swap" and n > 1:
        i, j = rng.randrange(n), rng.randrange(n)
        tokens[i], tokens[j] = tokens[j], tokens[i]
    elif op == "splice_date":
        phrase = _date_phrase(rng)
        ops.append(f"splice:{phrase!r}")
        tokens[pos:pos] = phrase.split()
        return tokens
    elif op == "number":
        digits = [i for i, t in enumerate(tokens) if any(c.isdigit() for c in t)]
        i = rng.choice(digits) if digits else pos
        new = rng.choice(YEARS + AMOUNTS + DAYS)
        ops.append(f"number:{new!r}")
        tokens[i:i + 1 if digits else i] = [new]
        return tokens
    elif op == "flood":
        unit = rng.choice(FLOODS)
        # mostly small: a flood of thousands is a known hang (issue 9), not worth every case
        count = int(rng.choices([3, 10, 30, 100, 300, 1000], [30, 30, 20, 12, 6, 2])[0] * scale)
        count = max(1, count)
        ops.append(f"flood:{unit!r}x{count}")
        tokens[pos:pos] = (unit * count).split(" ")
        return tokens
    elif op == "unicode":
        chars = "".join(rng.choice(UNICODE) for _ in range(rng.randint(1, 4)))
        ops.append(f"unicode:{chars!r}")
        if n and rng.random() < 0.5:
            i = rng.randrange(n)
            t = tokens[i]
            k = rng.randrange(len(t) + 1)
            tokens[i] = t[:k] + chars + t[k:]
        else:
            tokens.insert(pos, chars)
        return tokens
    elif op == "case":
        how = rng.choice(["upper", "lower", "title", "random", "swap"])
        ops.append(f"case:{how}")
        if how == "random":
            return [t.upper() if rng.random() < 0.5 else t.lower() for t in tokens]
        return [getattr(t, how if how != "swap" else "swapcase")() for t in tokens]
    elif op == "punct":
        storm = "".join(rng.choice(PUNCT) for _ in range(rng.randint(1, int(60 * scale) or 1)))
        ops.append(f"punct:{storm[:20]!r}")
        if rng.random() < 0.3:
            return [t + rng.choice(PUNCT) for t in tokens]
        tokens.insert(pos, storm)
        return tokens
    elif op == "truncate" and n:
        text = " ".join(tokens)
        cut = rng.randrange(len(text) + 1)
        ops.append(f"truncate:{cut}")
        return text[:cut].split(" ") if rng.random() < 0.7 else text[cut:].split(" ")
    elif op == "crossover":
        other = rng.choice(corpus).split(" ")
        i = rng.randrange(len(other))
        tokens[pos:pos] = other[i:i + rng.randint(1, 12)]
    ops.append(op)
    return tokens


def _random_dct(rng: random.Random) -> date | None:
    r = rng.random()
    if r < 0.15:
        return None
    if r < 0.25:
        return rng.choice([date.min, date.max, date(1, 1, 1), date(9999, 12, 31), date(1, 12, 31),
                           date(9999, 1, 1), date(1900, 1, 1), date(2100, 2, 28),
                           date(2000, 2, 29), date(1970, 1, 1)])
    return date(1990, 1, 1) + timedelta(days=rng.randrange(40 * 365))


def make_case(seed: int, index: int, corpus: list[str], doc_share: float = 0.35,
              scale: float = 1.0, doc_sentences: tuple[int, int] = (3, 25)) -> Case:
    """The case (seed, index): deterministic, so any case can be re-run from its key alone.

    scale shrinks floods and storms, doc_sentences bounds a document's length (the suite
    uses small ones)."""
    rng = random.Random(f"{seed}:{index}")
    ops: list[str] = []
    dct = _random_dct(rng)

    def mutated(sentence: str, times: int) -> str:
        tokens = sentence.split(" ")
        for _ in range(times):
            tokens = _mutate(tokens, rng, corpus, ops, scale)
        return " ".join(tokens)

    if rng.random() >= doc_share:
        first = rng.randrange(len(corpus))
        text = " ".join(corpus[first:first + rng.randint(1, 3)])
        return Case(seed, index, "tag", mutated(text, rng.randint(1, 4)), dct, None, ops)
    first = rng.randrange(len(corpus))
    sentences = corpus[first:first + rng.randint(*doc_sentences)]
    parts = []
    for s in sentences:
        parts.append(mutated(s, rng.randint(1, 2)) if rng.random() < 0.3 else s)
        parts.append(rng.choice([" ", " ", "\n", "\n\n", "\r\n", "  "]))
    title = None
    if rng.random() < 0.7:
        title = mutated(rng.choice(corpus)[:90], 1)
        if rng.random() < 0.3:
            title = title.upper()
            ops.append("title:upper")
    return Case(seed, index, "doc", "".join(parts), dct, title, ops)


# --- running one case -----------------------------------------------------------------------

class InvariantError(AssertionError):
    """The output breaks a promise of the model (offsets that do not match the text)."""


def run_case(kind: str, text: str, dct: date | None, title: str | None = None) -> None:
    if kind == "tag":
        mentions, events = tag(text, dct, "fuzz"), []
    else:
        doc = Document(id="fuzz", text=text, published=dct, title=title,
                       published_from="document" if dct else "none")
        mentions, events = process_document(doc)
    for m in mentions:
        if not (0 <= m.start <= m.end <= len(text)) or text[m.start:m.end] != m.text:
            raise InvariantError(f"mention {m.text!r} at {m.start}:{m.end} is not the text there")
    for e in events:
        if text[e.sentence_start:e.sentence_end] != e.sentence:
            raise InvariantError(f"event sentence at {e.sentence_start}:{e.sentence_end} is not "
                                 "the text there")


def _frame_site(filename: str, lineno: int, name: str) -> str:
    path = filename[len(str(ROOT)) + 1:] if filename.startswith(str(ROOT)) else filename
    return f"{path}:{lineno} in {name}"


def exception_site(error: BaseException) -> tuple[str, list[str]]:
    """(site, short stack): the innermost frame inside timeline/, and the last frames."""
    frames = traceback.extract_tb(error.__traceback__)
    ours = [f for f in frames if f.filename.startswith(PACKAGE)]
    inner = ours[-1] if ours else (frames[-1] if frames else None)
    site = _frame_site(inner.filename, inner.lineno, inner.name) if inner else "?"
    stack = [_frame_site(f.filename, f.lineno, f.name) for f in (ours or frames)[-5:]]
    return f"{type(error).__name__} at {site}", stack


_DUMP_FRAME = re.compile(r'File "([^"]+)", line (\d+) in (\S+)')


def dump_site(dump: str, last: bool) -> str:
    """The innermost timeline/ frame of the first (or last) stack faulthandler dumped."""
    blocks = [b for b in re.split(r"\n(?=Thread|Stack|Current thread)", dump) if "File " in b]
    if not blocks:
        return "?"
    for filename, lineno, name in _DUMP_FRAME.findall(blocks[-1] if last else blocks[0]):
        if filename.startswith(PACKAGE):  # faulthandler lists the most recent call first
            return _frame_site(filename, int(lineno), name)
    frames = _DUMP_FRAME.findall(blocks[-1] if last else blocks[0])
    return _frame_site(frames[0][0], int(frames[0][1]), frames[0][2]) if frames else "?"


def minimize(kind: str, text: str, dct, title, site: str, budget: float = 10.0) -> str:
    """Shrink `text` (whole tokens, then characters) while it still fails at `site`."""
    deadline = time.monotonic() + budget

    def fails(candidate: str) -> bool:
        try:
            run_case(kind, candidate, dct, title)
        except Exception as error:  # noqa: BLE001 - any failure at the same site counts
            return exception_site(error)[0] == site
        return False

    for unit in ("token", "char"):
        parts = re.findall(r"\S+\s*|\s+", text) if unit == "token" else list(text)
        chunk = max(1, len(parts) // 2)
        while chunk >= 1 and time.monotonic() < deadline:
            i, shrunk = 0, False
            while i < len(parts) and time.monotonic() < deadline:
                candidate = parts[:i] + parts[i + chunk:]
                if candidate and fails("".join(candidate)):
                    parts, shrunk = candidate, True
                else:
                    i += chunk
            if not shrunk:
                chunk //= 2
        text = "".join(parts)
        if unit == "token" and len(text) > 300:
            break  # a long token repro will not shrink usefully by characters in the budget
    return text


WARM_UP = ("The talks began on March 5, 2023, two days after Monday's vote, and will end "
           "next week. Last night, 3 weeks ago, in the first quarter of 1999, at 5 p.m. on "
           "Christmas Eve, the summer of 2001, since Feb. 29.")


def warm_up() -> None:
    """Load what the tagger loads on first use (dateparser's locale data takes a second or
    more), so that the first case of a worker is not timed with it."""
    run_case("tag", WARM_UP, date(2020, 1, 1))
    run_case("doc", WARM_UP + "\n\n" + WARM_UP.upper(), date(2020, 1, 1), "Talks begin")


# --- the worker process ---------------------------------------------------------------------

def _worker(conn, seed, corpus, shape, slow, dump_path, minimize_budget):
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 3000))
    minimized: set[str] = set()
    with open(dump_path, "w+", encoding="utf-8") as dump:
        while True:
            index = conn.recv()
            if index is None:
                return
            case = make_case(seed, index, corpus, **shape)
            dump.seek(0)
            dump.truncate()
            faulthandler.dump_traceback_later(slow, repeat=True, file=dump)
            started = time.perf_counter()
            error = None
            try:
                run_case(case.kind, case.text, case.dct, case.title)
            except Exception as exc:  # noqa: BLE001 - recording every failure is the point
                error = exc
            elapsed = time.perf_counter() - started
            faulthandler.cancel_dump_traceback_later()
            result = {"index": index, "elapsed": elapsed, "case": _case_summary(case)}
            if elapsed > slow:
                dump.flush()
                dump.seek(0)
                result["slow_site"] = dump_site(dump.read(), last=False)
            if error is not None:
                site, stack = exception_site(error)
                result.update(site=site, type=type(error).__name__,
                              message=str(error)[:300], stack=stack)
                if site not in minimized and elapsed < slow:
                    minimized.add(site)
                    conn.send(("minimizing", result))
                    result["repro"] = minimize(case.kind, case.text, case.dct, case.title,
                                               site, minimize_budget)
            conn.send(("result", result))


def _case_summary(case: Case) -> dict:
    return {"key": case.key, "kind": case.kind, "dct": case.dct.isoformat() if case.dct else None,
            "title": case.title[:200] if case.title else None, "length": len(case.text),
            "text": case.text if len(case.text) <= 600 else case.text[:600] + "...",
            "ops": case.ops}


# --- the driver -----------------------------------------------------------------------------

@dataclass
class Report:
    cases: int = 0
    seconds: float = 0.0
    errors: dict = field(default_factory=dict)  # site -> {"count", first result...}
    hangs: dict = field(default_factory=dict)  # site -> {"count", case}
    slow: dict = field(default_factory=dict)  # site -> {"count", "max", case}
    slowest: list = field(default_factory=list)  # (elapsed, kind, length, key, site)

    @property
    def exceptions(self) -> int:
        return sum(e["count"] for e in self.errors.values())


def fuzz(cases: int, seed: int = 1, jobs: int = 1, slow: float = 1.0, hang: float = 10.0,
         corpus: list[str] | None = None, scale: float = 1.0, minimize_budget: float = 10.0,
         start: int = 0, progress=None, doc_sentences: tuple[int, int] = (3, 25)) -> Report:
    """Run cases start..start+cases-1 of `seed` in `jobs` worker processes (see make_case
    for scale and doc_sentences)."""
    shape = {"scale": scale, "doc_sentences": doc_sentences}
    corpus = corpus if corpus is not None else load_corpus()
    ctx = mp.get_context("fork")
    report = Report()
    tmp = tempfile.mkdtemp(prefix="timeline-fuzz-")
    pending = list(range(start + cases - 1, start - 1, -1))
    workers: dict = {}  # conn -> state
    counter = [0]

    def spawn():
        counter[0] += 1
        dump = os.path.join(tmp, f"dump-{counter[0]}.txt")
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_worker, args=(child, seed, corpus, shape, slow, dump,
                                                 minimize_budget), daemon=True)
        proc.start()
        child.close()
        workers[parent] = {"proc": proc, "dump": dump, "index": None, "deadline": None,
                           "partial": None}
        feed(parent)

    def feed(conn):
        state = workers[conn]
        if pending:
            state["index"] = pending.pop()
            state["deadline"] = time.monotonic() + hang
            state["partial"] = None
            conn.send(state["index"])
        else:
            state["index"] = None
            conn.send(None)

    def record(result):
        report.cases += 1
        entry = (result["elapsed"], result["case"]["kind"], result["case"]["length"],
                 result["case"]["key"], result.get("slow_site") or result.get("site", ""))
        report.slowest = sorted(report.slowest + [entry], reverse=True)[:15]
        if "site" in result:
            if result["site"] not in report.errors and progress:
                progress(report, f"new: {result['site']}: {result['message'][:100]} "
                                 f"(case {result['case']['key']})")
            e = report.errors.setdefault(result["site"], {"count": 0, **result})
            e["count"] += 1
            if "repro" in result and "repro" not in e:
                e["repro"] = result["repro"]
        if result["elapsed"] > slow:
            s = report.slow.setdefault(result["slow_site"], {"count": 0, "max": 0.0, **result})
            s["count"] += 1
            s["max"] = max(s["max"], result["elapsed"])
        if progress:
            progress(report)

    warm_up()  # before the fork: every worker, and every restarted one, starts warm
    started = time.perf_counter()
    for _ in range(max(1, jobs)):
        spawn()
    while workers:
        active = [c for c, s in workers.items() if s["index"] is not None]
        if not active:
            break
        now = time.monotonic()
        timeout = max(0.0, min(workers[c]["deadline"] for c in active) - now)
        for conn in wait(active, timeout=timeout):
            try:
                kind, result = conn.recv()
            except EOFError:  # the worker died (a crash in C, memory): count it as an error
                state = workers.pop(conn)
                case = make_case(seed, state["index"], corpus, **shape)
                record({"index": state["index"], "elapsed": 0.0, "case": _case_summary(case),
                        "site": f"worker died (exit {state['proc'].exitcode})",
                        "type": "WorkerDied", "message": "", "stack": []})
                spawn()
                continue
            if kind == "minimizing":
                workers[conn]["partial"] = result
                workers[conn]["deadline"] = time.monotonic() + minimize_budget + hang
                continue
            record(result)
            feed(conn)
        now = time.monotonic()
        for conn in [c for c, s in workers.items() if s["index"] is not None
                     and s["deadline"] <= now]:
            state = workers.pop(conn)
            state["proc"].kill()
            state["proc"].join()
            conn.close()
            if state["partial"] is not None:  # the minimizer ran over: keep the unshrunk case
                record(state["partial"])
            else:
                case = make_case(seed, state["index"], corpus, **shape)
                try:
                    dump_text = Path(state["dump"]).read_text(encoding="utf-8", errors="replace")
                except OSError:
                    dump_text = ""
                site = dump_site(dump_text, last=True)
                report.cases += 1
                if site not in report.hangs and progress:
                    progress(report, f"new hang: {site} (case {case.key})")
                h = report.hangs.setdefault(site, {"count": 0, "case": _case_summary(case)})
                h["count"] += 1
                report.slowest = sorted(report.slowest + [(hang, case.kind, len(case.text),
                                                           case.key, "HANG " + site)],
                                        reverse=True)[:15]
            spawn()
    for conn, state in workers.items():
        state["proc"].join(timeout=5)
    report.seconds = time.perf_counter() - started
    return report


def print_report(report: Report, slow: float, hang: float, out=sys.stdout) -> None:
    rate = report.cases / report.seconds if report.seconds else 0.0
    print(f"{report.cases} cases in {report.seconds:.1f} s ({rate:.1f} cases/s): "
          f"{report.exceptions} exceptions at {len(report.errors)} sites, "
          f"{sum(h['count'] for h in report.hangs.values())} hangs (> {hang:g} s) at "
          f"{len(report.hangs)} sites, {sum(s['count'] for s in report.slow.values())} slow "
          f"(> {slow:g} s) at {len(report.slow)} sites", file=out)
    for site, e in sorted(report.errors.items(), key=lambda kv: -kv[1]["count"]):
        case = e["case"]
        print(f"\nERROR x{e['count']}  {site}\n  {e['type']}: {e['message']}\n"
              f"  stack: {' <- '.join(reversed(e['stack']))}\n"
              f"  case {case['key']} ({case['kind']}, dct={case['dct']}, ops={case['ops']})\n"
              f"  repro: {e.get('repro', case['text'])!r}", file=out)
    for site, h in sorted(report.hangs.items(), key=lambda kv: -kv[1]["count"]):
        case = h["case"]
        print(f"\nHANG x{h['count']}  {site}\n  case {case['key']} ({case['kind']}, "
              f"{case['length']} chars, dct={case['dct']}, ops={case['ops']})\n"
              f"  text: {case['text'][:300]!r}", file=out)
    for site, s in sorted(report.slow.items(), key=lambda kv: -kv[1]["max"]):
        case = s["case"]
        print(f"\nSLOW x{s['count']} (max {s['max']:.1f} s)  {site}\n  case {case['key']} "
              f"({case['kind']}, {case['length']} chars, ops={case['ops']})", file=out)
    print("\nslowest cases:", file=out)
    for elapsed, kind, length, key, site in report.slowest[:10]:
        print(f"  {elapsed:6.2f} s  {kind:3} {length:7} chars  case {key}  {site}", file=out)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--start", type=int, default=0, help="first case index")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--slow", type=float, default=1.0, help="seconds: record as slow")
    parser.add_argument("--hang", type=float, default=10.0, help="seconds: kill, record a hang")
    parser.add_argument("--scale", type=float, default=1.0, help="size factor of floods/storms")
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD,
                        help="TempEval-3 JSONL whose texts seed the corpus")
    parser.add_argument("--json", type=Path, help="write the full report here")
    parser.add_argument("--replay", metavar="SEED:INDEX", help="print and run one case")
    args = parser.parse_args(argv)
    corpus = load_corpus(args.gold)
    if args.replay:
        seed, index = (int(x) for x in args.replay.split(":"))
        case = make_case(seed, index, corpus, scale=args.scale)  # the defaults of a run
        print(json.dumps({**asdict(case), "dct": case.dct.isoformat() if case.dct else None},
                         ensure_ascii=False, indent=1))
        warm_up()
        started = time.perf_counter()
        run_case(case.kind, case.text, case.dct, case.title)
        print(f"ok in {time.perf_counter() - started:.2f} s")
        return 0
    last = [0.0]

    def progress(report, news=None):
        if news:
            print(news, file=sys.stderr, flush=True)
        elif time.monotonic() - last[0] > 30:
            last[0] = time.monotonic()
            print(f"... {report.cases}/{args.cases} cases, {report.exceptions} exceptions, "
                  f"{len(report.hangs)} hang sites", file=sys.stderr, flush=True)

    report = fuzz(args.cases, args.seed, args.jobs, args.slow, args.hang, corpus, args.scale,
                  start=args.start, progress=progress)
    print_report(report, args.slow, args.hang)
    if args.json:
        args.json.write_text(json.dumps(asdict(report), indent=1, ensure_ascii=False,
                                        default=str), encoding="utf-8")
    return 1 if report.errors or report.hangs else 0


if __name__ == "__main__":
    sys.exit(main())
