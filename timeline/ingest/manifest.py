"""Folder manifests: metadata for articles that carry none themselves.

`manifest.json` in a folder maps file names (or paths below that folder) to metadata:

    {"documents": {"000_edcb8f10d720605f.txt": {"published": "2022-12-22",
                                               "title": "...", "url": "...", "outlet": "..."}}}

`manifest.csv` is the same as a table with a `file` column and any of the metadata columns.
When a folder has both, the JSON entry wins field by field. For a JSON or JSONL file, the
entry applies to every record in it.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from .metadata import clean_meta
from .repair import decode_bytes

MANIFEST_NAMES = ("manifest.json", "manifest.csv")


@dataclass
class Manifest:
    folder: Path
    where: str  # the folder as the user would recognise it, for warnings
    entries: dict[str, dict] = field(default_factory=dict)  # posix path below folder -> meta
    used: set[str] = field(default_factory=set)

    def lookup(self, path: Path) -> dict | None:
        key = path.relative_to(self.folder).as_posix()
        entry = self.entries.get(key)
        if entry is not None:
            self.used.add(key)
        return entry

    def unused(self) -> list[str]:
        return [key for key in self.entries if key not in self.used]


def _json_entries(text: str, where: str, warnings: list[str]) -> dict[str, dict]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        warnings.append(f"{where}:{error.lineno}: not valid JSON ({error.msg}); manifest ignored")
        return {}
    documents = value.get("documents") if isinstance(value, dict) else None
    if not isinstance(documents, dict):
        warnings.append(f'{where}: expected {{"documents": {{file name: {{...}}}}}}; ignored')
        return {}
    entries = {}
    for name, meta in documents.items():
        if not isinstance(meta, dict):
            warnings.append(f"{where}: entry {name!r} is not an object; ignored")
            continue
        entries[name] = clean_meta(meta, f"{where}: {name}", warnings)
    return entries


def _csv_entries(text: str, where: str, warnings: list[str]) -> dict[str, dict]:
    rows = csv.DictReader(io.StringIO(text))
    if "file" not in (rows.fieldnames or ()):
        warnings.append(f"{where}: needs a 'file' column; ignored")
        return {}
    entries = {}
    for number, row in enumerate(rows, start=2):
        name = (row.pop("file") or "").strip()
        if not name:
            warnings.append(f"{where}:{number}: no file name; row ignored")
            continue
        row = {key: value for key, value in row.items() if key is not None}
        entries[name] = clean_meta(row, f"{where}: {name}", warnings)
    return entries


def load_manifest(folder: Path, where: str, warnings: list[str]) -> Manifest:
    """The folder's manifest (empty when it has none); problems become warnings."""
    manifest = Manifest(folder=folder, where=where)
    for name, parse in (("manifest.csv", _csv_entries), ("manifest.json", _json_entries)):
        path = folder / name
        if not path.is_file():
            continue
        text, _ = decode_bytes(path.read_bytes())
        shown = f"{where}/{name}" if where else name
        for key, meta in parse(text, shown, warnings).items():
            key = PurePosixPath(key.replace("\\", "/")).as_posix()
            manifest.entries.setdefault(key, {}).update(meta)
    return manifest
