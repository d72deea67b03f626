"""Find the articles under the paths given and turn them into `Document`s.

Folders are read recursively in sorted order. Skipped inside a folder: hidden files and
folders, the folder manifests, notes about the collection (README, SOURCES, LICENSE,
CHANGELOG with any extension), and files of a type we do not read. Every other .md file is
an article. A file given explicitly is always read (or warned about if its type is unknown).

Metadata precedence, field by field: the document's own (front matter, page metadata, the
record), then the folder manifest, then for `published` the caller's anchor date. A title
with no other source falls back to a headline-like first line. A document that ends up with
no publication date keeps `published=None` and gets a warning: it is never given today's date.
"""
from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path

from timeline.model import MODES, Document

from .guard import Refused, cut_text
from .html_files import read_html_file
from .language import DEFAULT_LANGUAGE, detect_language, normalise_code
from .manifest import MANIFEST_NAMES, Manifest, load_manifest
from .metadata import Found
from .records import read_json_file, read_jsonl_file
from .text_files import read_text_file

READERS = {
    ".txt": read_text_file,
    ".md": read_text_file,
    ".html": read_html_file,
    ".htm": read_html_file,
    ".json": read_json_file,
    ".jsonl": read_jsonl_file,
}
NOT_ARTICLES = {"readme", "sources", "license", "changelog"}  # lower-case file stems
# A publication date later than today (plus time zones' slack) or before the first newspapers
# is a typo or a placeholder: flagged with a warning.
PUBLISHED_FUTURE_DAYS = 2
PUBLISHED_EARLIEST_YEAR = 1600


@dataclass
class _Source:
    """One file to read: where it is, how to show it, and the folders whose manifest apply."""

    path: Path
    relative: str  # posix path relative to the argument, used as Document.path
    where: str  # the path as the user gave it, for warnings
    root: Path  # the folder argument, or the file's own folder
    walked: bool  # found by walking a folder argument (so its manifests were seen whole)


def _is_article(path: Path) -> bool:
    name = path.name.lower()
    return (
        path.suffix.lower() in READERS
        and name not in MANIFEST_NAMES
        and path.stem.lower() not in NOT_ARTICLES
    )


def _walk(folder: Path) -> list[Path]:
    found = []
    for top, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(top) / f for f in files if not f.startswith("."))
    return sorted(found, key=lambda p: p.relative_to(folder).parts)


def _sources(arguments: Iterable[str | os.PathLike], warnings: list[str]) -> list[_Source]:
    sources: list[_Source] = []
    seen: set[Path] = set()
    for argument in arguments:
        given = Path(argument)
        if not given.exists():
            raise FileNotFoundError(
                f"{argument}: no such file or folder (give article files, or folders of them)"
            )
        if given.is_dir():
            candidates = []
            for path in _walk(given):
                if _is_article(path):
                    relative = path.relative_to(given).as_posix()
                    shown = (given / relative).as_posix()
                    candidates.append(_Source(path, relative, shown, given, walked=True))
        elif given.suffix.lower() not in READERS:
            warnings.append(
                f"{given.as_posix()}: unsupported file type {given.suffix or '(none)'!r}; skipped"
                f" (readable: {', '.join(sorted(READERS))})"
            )
            continue
        elif given.name.lower() in MANIFEST_NAMES:
            warnings.append(f"{given.as_posix()}: a folder manifest, not an article; skipped")
            continue
        else:
            candidates = [_Source(given, given.name, given.as_posix(), given.parent, walked=False)]
        for source in candidates:
            try:
                key = source.path.resolve()
            except (OSError, RuntimeError):  # a link loop: the reader names it
                key = source.path.absolute()
            if key not in seen:  # the same file reached through two arguments is read once
                seen.add(key)
                sources.append(source)
    return sources


class _Manifests:
    """Manifests loaded once per folder; the nearest folder with an entry for a file wins."""

    def __init__(self, warnings: list[str]):
        self.warnings = warnings
        self.loaded: dict[Path, Manifest] = {}
        self.walked: set[Path] = set()  # folders read whole, whose unused entries are typos

    def get(self, folder: Path, where: str) -> Manifest:
        key = folder.resolve()
        if key not in self.loaded:
            self.loaded[key] = load_manifest(folder, where, self.warnings)
        return self.loaded[key]

    def entry(self, source: _Source) -> dict:
        folder = source.path.parent
        where = Path(source.where).parent
        while True:
            if source.walked:
                self.walked.add(folder.resolve())
            entry = self.get(folder, where.as_posix()).lookup(source.path)
            if entry is not None:
                return entry
            if folder == source.root or folder == folder.parent:
                return {}
            folder, where = folder.parent, where.parent

    def report_unused(self) -> None:
        for key, manifest in self.loaded.items():
            if key not in self.walked:
                continue  # only some files of this folder were asked for
            for name in manifest.unused():
                self.warnings.append(
                    f"{manifest.where}: manifest entry {name!r} matches no article that was read"
                )


def _document(
    found: Found, source: _Source, entry: dict, anchor: date | None, warnings: list[str],
    mode: str = "auto",
) -> Document:
    meta = {**entry, **found.meta}  # the document's own metadata wins
    published = meta.get("published")
    if "published" in found.meta:
        origin = "document"
    elif "published" in entry:
        origin = "manifest"
    elif anchor is not None:
        published, origin = anchor, "option"
    else:
        origin = "none"
        warnings.append(
            f"{source.where}{found.locator}: no publication date, so relative dates in it cannot"
            " be resolved (add 'published' to its metadata or a manifest.json, or give an anchor)"
        )
    if published is not None:
        _check_published(published, f"{source.where}{found.locator}", warnings)
    stem = Path(source.relative).stem
    if found.id is not None:
        doc_id = found.id
    elif found.locator:
        doc_id = f"{stem}-{found.locator.strip('#[]')}"
    else:
        doc_id = stem
    return Document(
        id=doc_id,
        text=found.text,
        published=published,
        title=meta.get("title") or found.title_guess,
        url=meta.get("url"),
        language=_language(meta.get("language"), found.text, source.where + found.locator,
                           warnings),
        path=source.relative + found.locator,
        outlet=meta.get("outlet"),
        published_from=origin,
        repairs=found.repairs,
        mode=str(meta.get("mode") or mode).lower(),
    )


def _language(given: str | None, text: str, where: str, warnings: list[str]) -> str:
    """The metadata's language if it is a code, else the detected one, else the default."""
    if given:
        code = normalise_code(given)
        if code:
            return code
        warnings.append(f"{where}: language {given!r} is not a language code (such as 'en' or "
                        "'pt-BR'); detected from the text instead")
    return detect_language(text) or DEFAULT_LANGUAGE


def _one_line(error: BaseException, limit: int = 200) -> str:
    text = " ".join(str(error).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _check_published(published: date, where: str, warnings: list[str]) -> None:
    """Flag a publication date no news article can have; it is still used as given."""
    today = date.today()
    if published > today + timedelta(days=PUBLISHED_FUTURE_DAYS):
        warnings.append(f"{where}: publication date {published.isoformat()} is in the future;"
                        " check it (relative dates count from it)")
    elif published.year < PUBLISHED_EARLIEST_YEAR:
        warnings.append(f"{where}: publication date {published.isoformat()} is before "
                        f"{PUBLISHED_EARLIEST_YEAR}; check it (relative dates count from it)")


def _unique_ids(documents: list[Document], warnings: list[str]) -> list[Document]:
    """Later documents with a taken id get "-2", "-3", ...: same input, same ids."""
    taken: set[str] = set()
    result = []
    for doc in documents:
        doc_id, n = doc.id, 1
        while doc_id in taken:
            n += 1
            doc_id = f"{doc.id}-{n}"
        if doc_id != doc.id:
            warnings.append(f"{doc.path}: id {doc.id!r} is already taken; using {doc_id!r}")
            doc = replace(doc, id=doc_id)
        taken.add(doc_id)
        result.append(doc)
    return result


def read_documents(
    paths: Iterable[str | os.PathLike] | str | os.PathLike, anchor: date | None = None,
    mode: str = "auto",
) -> tuple[list[Document], list[str]]:
    """Read every article under `paths`; return the documents and human-readable warnings.

    `anchor` is the publication date for documents that have none of their own or in a
    manifest; `mode` (news, narrative, auto) the same for the way relative dates count.
    Raises FileNotFoundError for a path that does not exist.
    """
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}; choose from {', '.join(MODES)}")
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    if isinstance(anchor, datetime):
        anchor = anchor.date()
    warnings: list[str] = []
    manifests = _Manifests(warnings)
    documents = []
    for source in _sources(paths, warnings):
        reader = READERS[source.path.suffix.lower()]
        try:
            found = reader(source.path, source.where, warnings)
        except Refused as why:
            warnings.append(f"{source.where}: {why}; skipped")
            continue
        except OSError as error:
            warnings.append(f"{source.where}: cannot be read ({error.strerror or error}); skipped")
            continue
        except Exception as error:  # one odd file must not cost the others
            warnings.append(f"{source.where}: cannot be read ({type(error).__name__}: "
                            f"{_one_line(error)}); skipped")
            continue
        entry = manifests.entry(source) if found else {}
        for item in found:
            if not item.text.strip():
                warnings.append(f"{source.where}{item.locator}: no text; skipped")
                continue
            item.text = cut_text(item.text, source.where + item.locator, warnings)
            documents.append(_document(item, source, entry, anchor, warnings, mode))
    manifests.report_unused()
    return _unique_ids(documents, warnings), warnings
