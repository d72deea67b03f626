#!/usr/bin/env python3
"""Write a hostile input folder: good articles among every bad file issue 9 names.

    python benchmarks/hostile.py OUT_FOLDER            # full sizes (50 MB file, 10,000 dates)
    python benchmarks/hostile.py OUT_FOLDER --small    # every case, huge ones shrunk (tests)
    timeline build OUT_FOLDER --out /tmp/hostile-out   # what it is for

From Python: `make_hostile(folder, small=False) -> list[Case]`. The output is deterministic
(fixed texts, seeded random bytes). Each case is one file (or one JSONL line) with what a build
must do with it:

  events   a good article: read, and its events are those it gives when built alone
  warning  a bad file or record: skipped or flagged, with a warning naming it
  read     must not hang or crash the build; read (possibly cut or repaired) or warned about
  content  carries active content or control characters that must be neutralised in exports

The list is also written to `.hostile-cases.json` inside the folder (hidden, so a build does
not read it). Special files that the system cannot make (a socket where AF_UNIX is missing or
the path is too long) are left out and listed with "made": false.

Permissions: a mode-000 file stops reads only for an unprivileged user; as root (as in CI
containers) it is read like any other file, so its case expects a warning only when not root.
`proc_mem.txt` (a link to /proc/self/mem, Linux) is a file that fails to read even for root.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import socket
import struct
import sys
import zlib
from datetime import date
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@dataclass(frozen=True)
class Sizes:
    brackets: int = 200_000  # nesting depth of deep_brackets.json
    mondays: int = 100_000  # "Monday " repeated
    last_weeks: int = 20_000  # "last week of March, in 3 days, " repeated
    unpunctuated_words: int = 200_000  # a text with no sentence punctuation
    huge_bytes: int = 50 * 2**20  # the huge text file
    dated_sentences: int = 10_000  # one document holding this many dated sentences


FULL = Sizes()
# Every case kept; the costly ones shrunk so a fixed build of the folder takes seconds.
SMALL = Sizes(brackets=200_000, mondays=2_000, last_weeks=300, unpunctuated_words=3_000,
              huge_bytes=300_000, dated_sentences=200)


@dataclass
class Case:
    path: str  # relative to the folder, posix; "file.jsonl:3" for one line of a JSONL file
    expect: str  # "events", "warning", "read", "content"
    what: str
    made: bool = True
    # For "content": the strings that must not reach the exports as they are.
    markers: tuple[str, ...] = ()
    # For "read"/"warning" cases with dates: TIMEX3 values a correct reading finds.
    values: tuple[str, ...] = ()


def front_matter(text: str, **meta: str) -> str:
    lines = ["---"] + [f"{k}: {v}" for k, v in meta.items()] + ["---", ""]
    return "\n".join(lines) + text.strip() + "\n"


PORT_STRIKE = """\
Dockworkers at the port of Rotterdam walked off the job on Monday, halting container traffic at
Europe's largest port for the first time since 2002.
The union said the strike would last until Friday unless the terminal operators improved their
offer. Talks broke down on March 10 after six weeks of negotiations.
Shipping lines diverted at least a dozen vessels to Antwerp and Hamburg on Tuesday. The port
authority expects a backlog of about two weeks once work resumes.
A previous stoppage in 2017 lasted four days and cost the port an estimated 20 million euros.
"""

COUNCIL_VOTE = """\
The city council approved the new transit budget on Thursday by a vote of nine to four.
The plan, first proposed in January, adds three bus lines and extends the tram to the airport
by 2026. Construction is scheduled to begin next spring.
Opponents said they would put the measure to a referendum in November.
"""

CAPS_TITLE = "CHARGERS' WILLIAMS ARRESTED ON SUSPICION OF DUI"
CAPS_BODY = """\
CHARGERS' WILLIAMS ARRESTED ON SUSPICION OF DUI
SAN DIEGO (AP) - SAN DIEGO CHARGERS LINEBACKER STEVE WILLIAMS WAS ARRESTED EARLY SUNDAY ON
SUSPICION OF DRIVING UNDER THE INFLUENCE, POLICE SAID.
WILLIAMS, 26, WAS STOPPED AT 2:15 A.M. ON INTERSTATE 8 AND RELEASED ON BAIL LATER THAT MORNING.
THE TEAM SAID MONDAY IT WAS AWARE OF THE ARREST AND WOULD HAVE NO FURTHER COMMENT.
"""

FURNITURE = """\
PUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM
UPDATED: FRIDAY, MAY 3, 2013, 9:14 AM
By JANE DOE, Staff Writer
Posted May 2, 2013 at 1:32 PM
Share this article: Facebook | Twitter | Email
{body}
Copyright 2013 The Daily Example. All rights reserved.
"""
FURNITURE_BODIES = (
    "The school board voted on Wednesday to close two elementary schools at the end of the "
    "year.\nParents had protested the plan at a meeting on April 18.",
    "The county opened its new library branch on Wednesday after three years of construction."
    "\nThe branch was first proposed in 2008.",
)

DATE_CASES = (
    ("dates/year_2100.txt", "read", "a date in 2100: '1 January 2100' must read as 2100-01-01",
     "The treaty will expire on 1 January 2100, the ministry said on Monday.", ("2100-01-01",)),
    ("dates/net_zero_2100.txt", "read", "a bare year from 2100 on: 'Net zero by 2100'",
     "Net zero by 2100 is the target the summit agreed on Friday.", ("2100",)),
    ("dates/hundred_centuries.txt", "warning",
     "out of range: 'A hundred centuries ago' (year -7977) must give a warning, not a crash",
     "A hundred centuries ago, the valley was covered by ice, the museum said on Tuesday.", ()),
    ("dates/ten_million_days.txt", "warning",
     "out of range: '10 million days later' (beyond 9999) must give a warning, not a crash",
     "The capsule was sealed on 3 March 2023. It will be opened 10 million days later.", ()),
    ("dates/feb31.txt", "warning", "an impossible day: '31 February 2023'",
     "The contract was signed on 31 February 2023, according to the filing.", ()),
)

FORMULAS = ('=HYPERLINK("http://evil.example/","click me")', "+cmd|' /C calc'!A0", "-2+3",
            "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1 tab-led", "\r=1+1 cr-led")
SCRIPTS = ("<script>alert(1)</script>", '<img src=x onerror="alert(2)">',
           "<a href=\"javascript:alert(3)\">x</a>", "<svg onload=alert(4)>")
CONTROLS = ("\x00", "\u202e", "\u202d", "\u2066", "\x1b", "\x07")


def _png() -> bytes:
    """A valid 1x1 PNG image."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))


def _seed_articles() -> list[tuple[str, str, dict]]:
    manifest = json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8"))["documents"]
    return [(name, (SEEDS / name).read_text(encoding="utf-8"), meta)
            for name, meta in sorted(manifest.items())]


def _write(folder: Path, relative: str, data: str | bytes) -> Path:
    path = folder / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        path.chmod(0o644)  # a previous run's mode-000 file
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8", newline="")
    else:
        path.write_bytes(data)
    return path


def _huge_text(size: int) -> str:
    """News-like paragraphs, a few dated, repeated up to `size` bytes."""
    paragraphs = [
        "Markets were calm on the day as traders waited for the central bank to speak.",
        "The company reported higher sales in the third quarter of 2019 than a year earlier.",
        "Officials said the bridge would reopen once inspectors had finished their work.",
        "Residents were asked to conserve water during the dry months of the summer.",
    ]
    block = "\n\n".join(paragraphs) + "\n\n"
    return (block * (size // len(block) + 1))[:size]


def make_hostile(folder: str | os.PathLike, small: bool = False,
                 sizes: Sizes | None = None, special: bool = True) -> list[Case]:
    """Write the hostile folder (created if needed; existing files of the same names are
    replaced) and return its cases. special=False leaves out special/ (FIFO, socket, links,
    unreadable files), so the rest can be checked apart from how the walk treats those."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    sizes = sizes or (SMALL if small else FULL)
    cases: list[Case] = []
    add = cases.append

    # --- good articles: the seed articles (some with front matter, some via a manifest) and
    # two short ones of our own.
    manifest = {}
    for i, (name, text, meta) in enumerate(_seed_articles()):
        relative = f"good/{name}"
        if i % 2 == 0:
            _write(folder, relative, front_matter(text, **meta))
        else:
            _write(folder, relative, text)
            manifest[name] = meta
        add(Case(relative, "events", "a seed article"))
    _write(folder, "good/manifest.json",
           json.dumps({"documents": manifest}, indent=1, ensure_ascii=False))
    _write(folder, "good/port_strike.md", front_matter(
        PORT_STRIKE, published="2023-03-14", title="Rotterdam dockworkers strike",
        url="https://news.example/rotterdam-strike"))
    add(Case("good/port_strike.md", "events", "a short news article with front matter"))
    _write(folder, "good/council_vote.txt", front_matter(
        COUNCIL_VOTE, published="2024-05-16", title="Council approves transit budget"))
    add(Case("good/council_vote.txt", "events", "a short news article with front matter"))

    # --- files that must be skipped with a warning naming them
    _write(folder, "bad/deep_brackets.json", "[" * sizes.brackets + "]" * sizes.brackets)
    add(Case("bad/deep_brackets.json", "warning", f"{sizes.brackets:,} nested brackets"))
    _write(folder, "bad/image_png.txt", _png())
    add(Case("bad/image_png.txt", "warning", "a PNG image saved as .txt"))
    _write(folder, "bad/random_binary.txt", random.Random(9).randbytes(4096))
    add(Case("bad/random_binary.txt", "warning", "random bytes saved as .txt"))
    _write(folder, "bad/empty.txt", b"")
    add(Case("bad/empty.txt", "warning", "an empty file"))
    _write(folder, "bad/blank.md", " \n\t\n \n")
    add(Case("bad/blank.md", "warning", "whitespace only"))
    _write(folder, "bad/front_matter_only.txt", front_matter("", published="2023-01-05"))
    add(Case("bad/front_matter_only.txt", "warning", "front matter and no text"))
    _write(folder, "bad/not_json.json", '{"id": "x", "text": "cut off')
    add(Case("bad/not_json.json", "warning", "truncated JSON"))
    for name, date_text in (("pub_year0.txt", "0000-01-01"), ("pub_9999.txt", "9999-12-31"),
                            ("pub_0001.txt", "0001-01-01")):
        _write(folder, f"bad/{name}", front_matter(
            "The mayor resigned on Monday. Last year she won the election by a wide margin. "
            "Her successor will be chosen next month.", published=date_text,
            title=f"Publication date {date_text}"))
        add(Case(f"bad/{name}", "warning", f"publication date {date_text} in front matter"))

    # --- JSONL with bad lines among good ones
    lines = [
        json.dumps({"id": "rec-good-1", "published": "2023-06-01", "title": "Dam opens",
                    "text": "The new dam opened on Thursday after a decade of work."}),
        '{"id": "rec-cut", "text": "The line is cut',
        json.dumps({"id": "rec-good-2", "published": "2023-06-02",
                    "text": "Floods closed the highway on Friday, police said."}),
        "this line is not JSON at all",
        "[1, 2, 3]",
        json.dumps({"id": "rec-no-text", "text": 5}),
        json.dumps({"id": "rec-bad-date", "published": "2023-13-45",
                    "text": "The fair opened on Saturday."}),
        "",
        json.dumps({"id": "rec-good-3", "published": "2023-06-03",
                    "text": "The festival ended on Sunday with a parade."}),
    ]
    _write(folder, "records/broken.jsonl", "\n".join(lines) + "\n")
    for number in (2, 4, 5, 6, 7):
        add(Case(f"records/broken.jsonl:{number}", "warning", "a bad JSONL line among good"))
    for number in (1, 3, 9):
        add(Case(f"records/broken.jsonl:{number}", "events", "a good JSONL line"))

    # --- ids and names that try to leave --out
    evil_ids = ["../../etc/passwd", "/etc/shadow", "..\\..\\windows\\win.ini", "a/b/../../c",
                "CON", "ids/with\x00nul", ".", "..", "~root/.ssh/authorized_keys"]
    records = [json.dumps({"id": i, "published": "2023-07-0" + str(n % 9 + 1),
                           "title": f"../../{i}", "outlet": "../outlet/" + str(n),
                           "url": f"file:///etc/passwd#{n}",
                           "text": f"The committee met on Monday to discuss item {n}."})
               for n, i in enumerate(evil_ids)]
    _write(folder, "records/path_ids.jsonl", "\n".join(records) + "\n")
    add(Case("records/path_ids.jsonl", "content", "ids, titles and outlets with path "
             "separators and '..': nothing may be written outside --out"))

    # --- active content and formula cells
    sentences = [f"{f} The council met on {d} March 2023 to approve the plan."
                 for d, f in zip(range(3, 10), FORMULAS)]
    records = [json.dumps({"id": f"formula-{n}", "published": "2023-03-20", "title": f,
                           "outlet": f, "url": "https://news.example/formula",
                           "text": s}, ensure_ascii=False)
               for n, (f, s) in enumerate(zip(FORMULAS, sentences))]
    _write(folder, "content/formulas.jsonl", "\n".join(records) + "\n")
    add(Case("content/formulas.jsonl", "content", "formula cells in titles, outlets, text",
             markers=FORMULAS))
    _write(folder, "content/formula_title.txt", front_matter(
        "\n".join(sentences), published="2023-03-20", title=FORMULAS[0]))
    add(Case("content/formula_title.txt", "content", "formula title and sentences", FORMULAS))
    records = [json.dumps({"id": f"script-{n}", "published": "2023-04-02",
                           "title": f"{s} Council votes", "outlet": s,
                           "url": "javascript:alert(document.cookie)",
                           "text": f"The council voted on 1 April 2023 {s} to approve the plan."},
                          ensure_ascii=False) for n, s in enumerate(SCRIPTS)]
    _write(folder, "content/scripts.jsonl", "\n".join(records) + "\n")
    add(Case("content/scripts.jsonl", "content", "script tags, event handlers and javascript: "
             "URLs in title, outlet, text and url", markers=SCRIPTS))
    _write(folder, "content/script_article.md", front_matter(
        f"The mayor {SCRIPTS[0]} resigned on 5 April 2023.\n\n"
        f"The vote {SCRIPTS[1]} is set for 12 April 2023.", published="2023-04-06",
        title=SCRIPTS[0] + " Mayor resigns",
        url="javascript:alert(1)"))
    add(Case("content/script_article.md", "content", "script tags in a Markdown article",
             markers=SCRIPTS[:2]))
    records = [json.dumps({"id": f"control-{n}", "published": "2023-05-10",
                           "title": f"Mayor{c}resigns", "outlet": f"Daily{c}News",
                           "text": f"The mayor{c} resigned on 8 May 2023, {c}officials said."})
               for n, c in enumerate(CONTROLS)]
    _write(folder, "content/controls.jsonl", "\n".join(records) + "\n")
    add(Case("content/controls.jsonl", "content", "NUL, right-to-left override, isolate, ESC "
             "and BEL characters in title, outlet and text", markers=CONTROLS))
    _write(folder, "content/rlo.txt", front_matter(
        "The minister\u202e resigned on 9 May 2023.\u202c Her deputy \u2066took over\u2069 the "
        "next day.", published="2023-05-10", title="Minister\u202eresigns"))
    add(Case("content/rlo.txt", "content", "right-to-left override in a text file",
             markers=("\u202e", "\u2066")))

    # --- encodings
    text = front_matter("The harbour reopened on Wednesday after the storm, officials said.",
                        published="2023-02-01", title="Harbour reopens")
    _write(folder, "encoding/utf16le_no_bom.txt", text.encode("utf-16-le"))
    add(Case("encoding/utf16le_no_bom.txt", "read", "UTF-16 LE without a BOM"))
    _write(folder, "encoding/utf16be_no_bom.txt", text.encode("utf-16-be"))
    add(Case("encoding/utf16be_no_bom.txt", "read", "UTF-16 BE without a BOM"))
    _write(folder, "encoding/cp1252.txt", front_matter(
        "The caf\u00e9 \u201cLe Dauphin\u201d closed on Tuesday \u2013 after 40 years \u2014 its "
        "owner said.", published="2023-02-02", title="Caf\u00e9 closes").encode("cp1252"))
    add(Case("encoding/cp1252.txt", "read", "cp1252 text (curly quotes, dashes, accents)"))

    # --- dates out of range or beyond what the tagger reads
    for relative, expect, what, body, values in DATE_CASES:
        _write(folder, relative, front_matter(body, published="2023-03-20",
                                              title=Path(relative).stem))
        add(Case(relative, expect, what, values=values))

    # --- page furniture, twice (it used to merge across articles)
    for n, body in enumerate(FURNITURE_BODIES):
        relative = f"furniture/furniture_{'ab'[n]}.txt"
        _write(folder, relative, FURNITURE.format(body=body))
        add(Case(relative, "read", "PUBLISHED/UPDATED/By/Posted/Share/Copyright lines: "
                 "metadata, never events or headlines"))

    # --- pathological sizes and shapes (must finish; cut or warned if over a cap)
    _write(folder, "cost/caps_title.txt", front_matter(
        CAPS_BODY, published="2019-01-14", title=CAPS_TITLE))
    add(Case("cost/caps_title.txt", "read", "a title and text in capitals (headline regex "
             "backtracking)"))
    _write(folder, "cost/monday_flood.txt", "Monday " * sizes.mondays)
    add(Case("cost/monday_flood.txt", "read", f"'Monday ' x {sizes.mondays:,}"))
    _write(folder, "cost/last_week_flood.txt", front_matter(
        "last week of March, in 3 days, " * sizes.last_weeks, published="2023-03-20"))
    add(Case("cost/last_week_flood.txt", "read",
             f"'last week of March, in 3 days, ' x {sizes.last_weeks:,}"))
    words = ("the council said on Monday that the plan would go ahead in May and the mayor "
             "agreed last week that work would start next year").split()
    _write(folder, "cost/no_punctuation.txt", front_matter(
        " ".join(words[i % len(words)] for i in range(sizes.unpunctuated_words)),
        published="2023-03-20"))
    add(Case("cost/no_punctuation.txt", "read",
             f"{sizes.unpunctuated_words:,} words, no sentence punctuation"))
    with open(folder / "cost/huge.txt", "w", encoding="utf-8") as handle:
        handle.write(front_matter("", published="2023-03-20").rstrip("\n") + "\n")
        handle.write(_huge_text(sizes.huge_bytes))
    add(Case("cost/huge.txt", "read", f"a {sizes.huge_bytes:,}-byte text file"))
    start = 738000  # a day number: 2021-07-29
    dated = [f"On {date.fromordinal(start + i).strftime('%B %-d, %Y')}, the index closed at "
             f"{1000 + i % 997} points." for i in range(sizes.dated_sentences)]
    _write(folder, "cost/many_dates.txt", front_matter(" ".join(dated), published="2023-03-20"))
    add(Case("cost/many_dates.txt", "read", f"{sizes.dated_sentences:,} dated sentences"))

    if special:
        cases.extend(make_special(folder / "special"))
    (folder / ".hostile-cases.json").write_text(
        json.dumps([asdict(c) for c in cases], indent=1, ensure_ascii=False), encoding="utf-8")
    return cases


def make_special(special: Path, prefix: str = "special/") -> list[Case]:
    """Special files in `special`: a FIFO, link loops, a dangling link, a socket, files that
    cannot be read. Case paths are `prefix` + name."""
    cases: list[Case] = []
    add = cases.append
    special.mkdir(parents=True, exist_ok=True)
    special.mkdir(exist_ok=True)
    fifo = special / "fifo.txt"
    if not fifo.exists() and hasattr(os, "mkfifo"):
        os.mkfifo(fifo)
    add(Case("special/fifo.txt", "warning", "a named pipe (FIFO)", made=fifo.exists()))
    _symlink(special / "loop", "..", target_is_directory=True)
    add(Case("special/loop", "read", "a directory link to its parent (a loop)",
             made=(special / "loop").is_symlink()))
    _symlink(special / "self_loop.txt", "self_loop.txt")
    add(Case("special/self_loop.txt", "warning", "a link to itself",
             made=(special / "self_loop.txt").is_symlink()))
    _symlink(special / "dangling.txt", "no-such-article.txt")
    add(Case("special/dangling.txt", "warning", "a link to nothing",
             made=(special / "dangling.txt").is_symlink()))
    made_socket = _socket(special / "socket.txt")
    add(Case("special/socket.txt", "warning", "a Unix socket", made=made_socket))
    unreadable = _write(special, "unreadable.txt", front_matter(
        "The bridge closed on Monday for repairs.", published="2023-03-20"))
    unreadable.chmod(0)
    root = hasattr(os, "geteuid") and os.geteuid() == 0
    add(Case("special/unreadable.txt", "read" if root else "warning",
             "mode 000 (root reads it anyway)" if root else "mode 000"))
    if Path("/proc/self/mem").exists():
        _symlink(special / "proc_mem.txt", "/proc/self/mem")
        add(Case("special/proc_mem.txt", "warning", "a file whose read fails even for root "
                 "(EIO: a link to /proc/self/mem)", made=(special / "proc_mem.txt").is_symlink()))
    for case in cases:
        case.path = prefix + case.path[len("special/"):]
    return cases


def _symlink(path: Path, target: str, target_is_directory: bool = False) -> None:
    if path.is_symlink():
        path.unlink()
    try:
        path.symlink_to(target, target_is_directory=target_is_directory)
    except (OSError, NotImplementedError):
        pass  # no symlinks here (some Windows setups): the case is listed as not made


def _socket(path: Path) -> bool:
    if not hasattr(socket, "AF_UNIX"):
        return False
    if path.exists() or path.is_symlink():
        path.unlink()
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.bind(str(path))  # the socket file stays after close
    except OSError:  # e.g. a path longer than AF_UNIX allows (about 108 bytes)
        return False
    return True


def load_cases(folder: str | os.PathLike) -> list[Case]:
    raw = json.loads((Path(folder) / ".hostile-cases.json").read_text(encoding="utf-8"))
    return [Case(**{**c, "markers": tuple(c["markers"]), "values": tuple(c["values"])})
            for c in raw]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--small", action="store_true",
                        help="every case, with the huge ones shrunk (for the test suite)")
    args = parser.parse_args(argv)
    cases = make_hostile(args.folder, small=args.small)
    for case in cases:
        mark = "" if case.made else "  (not made here)"
        print(f"{case.expect:8} {case.path:40} {case.what}{mark}")
    print(f"{len(cases)} cases in {args.folder}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
