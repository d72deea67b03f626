"""The `timeline` command: a thin layer over the library, one command per verb.

The stages are imported inside the commands: `timeline --help` and a mistyped option answer
at once instead of loading dateparser, pandas and the export libraries first.
"""
from __future__ import annotations

import json
import sys
from datetime import date

import click

from . import export

# Exit statuses of `timeline build` (documented in its --help and the README).
EXIT_OK = 0  # built; warnings, if any, were printed
EXIT_ERROR = 1  # nothing could be built: no article could be read, or a path is missing
EXIT_USAGE = 2  # the command line is wrong (click's own status)
EXIT_STRICT = 3  # --strict: built and written, but there were warnings


def _parse_date(ctx, param, value):
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD")


def _parse_language(ctx, param, value):
    if value is None:
        return None
    from .ingest.language import normalise_code
    code = normalise_code(value)
    if code is None:
        raise click.BadParameter(f"{value!r} is not a language code such as 'en' or 'pt-BR'")
    return code


def _parse_formats(ctx, param, value):
    if not value:
        return None
    names = [v.strip() for v in value.split(",") if v.strip()]
    unknown = [n for n in names if n not in export.FORMATS]
    if unknown:
        raise click.BadParameter(f"unknown format(s) {', '.join(unknown)}; choose from "
                                 f"{', '.join(export.FORMATS)}")
    return names


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="timeline")
def main():
    """Turn news articles into a dated, deduplicated event timeline.

    \b
    timeline build seeds --out exports     articles -> CSV, iCal, TimelineJS, JSON
    timeline tag --dct 2023-03-20 a.txt    list the dates found in one text
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--out", "-o", "out_dir", default="exports", show_default=True,
              type=click.Path(file_okay=False), help="Folder to write the exports into.")
@click.option("--anchor", callback=_parse_date, metavar="YYYY-MM-DD",
              help="Publication date for articles that carry none (their own metadata and a "
                   "folder's manifest.json come first). Without one, such an article's "
                   "relative dates stay unresolved.")
@click.option("--infer-anchor/--no-infer-anchor", default=True, show_default=True,
              help="For articles with no publication date (and no --anchor), infer one from "
                   "the text (datelines, 'today' beside a date, weekday-date pairs) and from "
                   "the other articles that report the same events; a warning says which date "
                   "was inferred and why.")
@click.option("--anchor-threshold", type=click.FloatRange(0.0, 1.0), default=0.6,
              show_default=True, metavar="FLOAT",
              help="Use an inferred publication date only when its confidence (0-1) is at "
                   "least this; below it the article's relative dates stay unresolved.")
@click.option("--mode", type=click.Choice(["auto", "news", "narrative"]), default="auto",
              show_default=True,
              help="How relative dates ('the following year', 'in March') count: from the "
                   "publication date (news), from the date the story has reached "
                   "(narrative: histories, retrospectives), or judged per article (auto). An "
                   "article's own 'mode' metadata comes first.")
@click.option("--formats", "-f", callback=_parse_formats, metavar="LIST",
              help="Comma-separated subset of: " + ", ".join(export.FORMATS)
                   + f". Default: {','.join(export.DEFAULT_FORMATS)}.")
@click.option("--title", help="Title of the timeline (default: from the articles' dates).")
@click.option("--bom", is_flag=True, help="Start CSV files with a UTF-8 BOM (for old Excel).")
@click.option("--coarse", type=click.Choice(["span", "marker"]), default="span",
              show_default=True,
              help="How the calendar shows events coarser than a day: an all-day event over "
                   "the whole month/season/year, or a one-day marker on its first day.")
@click.option("--js-url", help="TimelineJS script for timeline.html (default: its CDN).")
@click.option("--css-url", help="TimelineJS stylesheet for timeline.html (default: its CDN).")
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Processes that read the articles' dates and events (with --engine dask: "
                   "the workers of the local cluster).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local",
              show_default=True,
              help="Where the per-article stages and the merge's date blocks run: this "
                   "machine's processes, or a Dask cluster (a local one, or --scheduler's). "
                   "The exports are the same.")
@click.option("--scheduler", metavar="ADDRESS",
              help="With --engine dask: the address of a running Dask scheduler "
                   "(tcp://host:8786) instead of a local cluster.")
@click.option("--indent", type=click.IntRange(0, 8), metavar="N",
              help="Indent events.json by N spaces for people to read (default: compact).")
@click.option("--budget", type=click.FloatRange(min=0, min_open=True), default=60.0,
              show_default=True, metavar="SECONDS",
              help="CPU time one stage of one article may take; an article past it loses "
                   "its dates or events, with a warning, and the build goes on.")
@click.option("--strict", is_flag=True,
              help="Exit with status 3 when there was any warning (the exports are still "
                   "written).")
@click.option("--quiet", "-q", is_flag=True,
              help="Print nothing but errors (no progress bar, no warnings, no summary).")
def build(paths, out_dir, anchor, infer_anchor, anchor_threshold, mode, formats, title, bom, coarse,
          js_url, css_url, jobs, engine, scheduler, indent, budget, strict, quiet):
    """Build the timeline of the articles in PATHS and write its exports.

    PATHS are files or folders: .txt and .md (optional front matter with published,
    title, url, outlet), .html, and .json/.jsonl records {id, text, published, title,
    url}. A folder may hold a manifest.json with each file's metadata:

    \b
      {"documents": {"a.txt": {"published": "2023-03-20", "title": "...", "url": "..."}}}

    Writes events.json (everything, lossless), timeline.csv, timeline.xlsx,
    timeline.ics, timelinejs.json and timeline.html into --out; each file is
    replaced whole, so an interrupted build leaves the previous exports intact.

    A file that cannot be read (binary, empty, broken JSON, a FIFO, a broken
    link, too large) and an article that fails or runs past --budget are left
    out with a warning naming the file; the other articles go on. Warnings go
    to stderr and into events.json.

    \b
    Exit status:
      0  built (warnings, if any, were printed)
      1  nothing to build: no article could be read, or a path is missing
      2  the command line is wrong
      3  with --strict: built and written, but there were warnings

    \b
    Examples:
      timeline build seeds --out exports
      timeline build corpus/ --jobs 2                 # two processes
      timeline build corpus/ --engine dask --jobs 4   # a local Dask cluster
      timeline build corpus/ --engine dask --scheduler tcp://scheduler:8786
      timeline build articles/ --anchor 2024-05-01 --formats csv,ics
      timeline build feed.jsonl --out site --js-url /assets/timeline.js --css-url /assets/timeline.css
    """
    from .allocator import pin_mmap_threshold
    from .ingest import read_documents
    from .ingest.language import release_detector
    from .pipeline import build_from_documents

    pin_mmap_threshold()  # a large build's freed buffers go back to the system
    try:
        documents, warnings = read_documents(list(paths), anchor=anchor, mode=mode)
    except (FileNotFoundError, ValueError) as err:
        raise click.ClickException(str(err))
    release_detector()
    if not documents:
        if not quiet:
            for warning in warnings:
                click.secho("warning: " + warning, fg="yellow", err=True)
        raise click.ClickException("no article could be read in " + ", ".join(paths))
    show_bar = not quiet and sys.stderr.isatty() and len(documents) > 1
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler is for --engine dask")
    with click.progressbar(length=len(documents), label="Reading articles", file=sys.stderr,
                           hidden=not show_bar) as bar:
        try:
            timeline = build_from_documents(documents, title, warnings, jobs,
                                            progress=bar.update, infer_anchors=infer_anchor,
                                            anchor_threshold=anchor_threshold, budget=budget,
                                            engine=engine, scheduler=scheduler)
        except RuntimeError as err:  # e.g. dask asked for but not installed
            raise click.ClickException(str(err))
    options = {"coarse": coarse, "bom": bom, "indent": indent}
    if js_url:
        options["js_url"] = js_url
    if css_url:
        options["css_url"] = css_url
    written = export.write_exports(timeline, out_dir, formats, **options)
    if not quiet:
        _summary(timeline, written)
    if strict and timeline.warnings:
        click.secho(f"error: {len(timeline.warnings)} warning(s) and --strict", fg="red",
                    err=True)
        sys.exit(EXIT_STRICT)


def _summary(timeline, written) -> None:
    documents = timeline.documents
    for warning in timeline.warnings:
        click.secho("warning: " + warning, fg="yellow", err=True)
    mentions = timeline.mentions
    dated = sum(1 for m in mentions if m.span is not None)
    merged = sum(1 for e in timeline.events if len(e.sources) > 1)
    click.echo(f"{len(documents)} articles, {len(mentions)} time expressions ({dated} dated), "
               f"{len(timeline.events)} events ({merged} reported by several articles)",
               err=True)
    for path in written:
        click.echo(f"  wrote {path}", err=True)


def _timex(m) -> dict:
    return {"start": m.start, "end": m.end, "text": m.text, "type": m.type, "value": m.value}


@main.command()
@click.argument("file", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option("--dct", callback=_parse_date, metavar="YYYY-MM-DD",
              help="Document creation (publication) date that relative dates count from.")
@click.option("--jsonl", "jsonl", type=click.File("r", encoding="utf-8"),
              help='Read lines {"doc_id", "dct", "text"} (and optionally "mode", '
                   '"language"); write one line per document: '
                   '{"doc_id", "timexes": [{"start", "end", "text", "type", "value"}]}.')
@click.option("--mode", type=click.Choice(["auto", "news", "narrative"]), default="auto",
              show_default=True,
              help="Relative dates count from --dct (news), from the date the story has "
                   "reached (narrative), or judged from each text (auto).")
@click.option("--language", "language", callback=_parse_language, metavar="CODE",
              help="Language of the text (en, es, pt, fr, de, it; 'pt-BR' reads as pt). "
                   "Default: FILE's metadata or detected language; a --jsonl line's own "
                   "\"language\" key, else en.")
@click.option("--output", "-o", type=click.File("w", encoding="utf-8"), default="-",
              help="Where to write (default: standard output).")
def tag(file, dct, jsonl, mode, language, output):
    """Print the temporal expressions of a text with their TIMEX3 type and value.

    With FILE: one JSON line per expression, with its character offsets, type, value,
    calendar span and the anchor it was resolved against. The file is read as `build`
    reads it (encoding and mojibake repaired), so offsets are into the repaired text.

    With --jsonl: the benchmark format, offsets into each line's own text; a line's
    own "mode" and "language" keys come before --mode and --language. This is the same
    tagger `build` uses, so what it scores is what the timeline gets.

    A language with no date words of its own is read as English, with a warning.
    """
    from .ingest import read_documents
    from .ingest.language import normalise_code
    from .narrative import tag_document, unsupported_languages
    from .pipeline import with_mode

    if bool(file) == bool(jsonl):
        raise click.UsageError("give either FILE or --jsonl")
    if jsonl:
        languages = []
        for number, line in enumerate(jsonl, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                doc_dct = date.fromisoformat(record["dct"]) if record.get("dct") else None
                text = record["text"]
                line_mode = str(record.get("mode") or mode).lower()
                if line_mode not in ("news", "narrative", "auto"):
                    raise ValueError(f"mode {line_mode!r} is not news, narrative or auto")
                given = record.get("language")
                line_language = normalise_code(given) if given else language or "en"
                if line_language is None:
                    raise ValueError(f"language {given!r} is not a language code such as "
                                     "'en' or 'pt-BR'")
            except (ValueError, KeyError, TypeError, AttributeError) as err:
                raise click.ClickException(f"line {number}: not a {{doc_id, dct, text}} "
                                           f"record ({err})")
            row = {"doc_id": record.get("doc_id"), "timexes": []}
            try:
                row["timexes"] = [_timex(m) for m in tag_document(
                    text, doc_dct, str(record.get("doc_id")), line_mode, line_language)]
            except Exception as err:  # one bad line must not cost the rest of the file
                row["error"] = f"{type(err).__name__}: {err}"
                click.secho(f"warning: line {number}: tagging failed ({row['error']})",
                            fg="yellow", err=True)
            output.write(json.dumps(row, ensure_ascii=False) + "\n")
            languages.append(line_language)
        for warning in unsupported_languages(languages):
            click.secho("warning: " + warning, fg="yellow", err=True)
        return
    documents, warnings = read_documents([file], anchor=dct, mode=mode)
    if not documents:
        for warning in warnings:
            click.secho("warning: " + warning, fg="yellow", err=True)
        raise click.ClickException(f"{file}: no text to tag")
    doc = with_mode(documents[0])
    doc_language = language or doc.language
    for warning in unsupported_languages([doc_language]):
        click.secho(f"warning: {file}: " + warning, fg="yellow", err=True)
    anchor = dct or doc.published
    if anchor is None:
        click.secho(f"warning: {file}: no --dct and no publication date; relative dates stay "
                    "unresolved", fg="yellow", err=True)
    for m in tag_document(doc.text, anchor, doc.id, doc.mode, doc_language):
        row = _timex(m)
        row.update({
            "first": m.span.first.isoformat() if m.span else None,
            "last": m.span.last.isoformat() if m.span else None,
            "precision": m.span.precision if m.span else None,
            "kind": m.span.kind if m.span else None,
            "anchor": ({"kind": m.anchor.kind,
                        "date": m.anchor.date.isoformat() if m.anchor.date else None,
                        "text": m.anchor.text} if m.anchor else None),
            "tense": m.tense,
            "flags": list(m.flags),
        })
        output.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
