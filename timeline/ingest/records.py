"""JSON and JSON Lines: one record, a list of records, or one record per line.

A record is {"text": ..., "id", "published", "title", "url", "outlet", "language"}; only
"text" is required. A bad record or line is reported and skipped, never fatal: one broken
line in a large export should not cost the rest.
"""
from __future__ import annotations

import json
from pathlib import Path

from .metadata import Found, clean_meta
from .repair import decode_bytes, repair_text

_OWN_KEYS = ("id", "text")


def _record(value: object, where: str, warnings: list[str], locator: str) -> Found | None:
    if not isinstance(value, dict):
        warnings.append(f"{where}: expected a JSON object, got {type(value).__name__}; skipped")
        return None
    text = value.get("text")
    if not isinstance(text, str) or not text.strip():
        warnings.append(f"{where}: record has no text; skipped")
        return None
    record_id = value.get("id")
    if record_id is not None and (
        isinstance(record_id, bool) or not isinstance(record_id, (str, int)) or record_id == ""
    ):
        warnings.append(f"{where}: id {record_id!r} is not text or a number; ignored")
        record_id = None
    text, repaired = repair_text(text)
    meta = clean_meta(value, where, warnings, extra=_OWN_KEYS)
    return Found(
        text=text,
        meta=meta,
        repairs=repaired,
        id=None if record_id is None else str(record_id),
        locator=locator,
    )


def read_json_file(path: Path, where: str, warnings: list[str]) -> list[Found]:
    text, decoded = decode_bytes(path.read_bytes())
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        warnings.append(f"{where}:{error.lineno}: not valid JSON ({error.msg}); skipped")
        return []
    if isinstance(value, list):
        found = [
            _record(item, f"{where}[{index}]", warnings, f"[{index}]")
            for index, item in enumerate(value)
        ]
    else:
        found = [_record(value, where, warnings, "")]
    return [_with_repairs(item, decoded) for item in found if item is not None]


def read_jsonl_file(path: Path, where: str, warnings: list[str]) -> list[Found]:
    text, decoded = decode_bytes(path.read_bytes())
    found = []
    # split("\n"), not splitlines(): a JSON string may hold U+2028, which is not a new record.
    for number, line in enumerate(text.replace("\r\n", "\n").split("\n"), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            warnings.append(f"{where}:{number}: not valid JSON ({error.msg}); skipped")
            continue
        item = _record(value, f"{where}:{number}", warnings, f"#{number}")
        if item is not None:
            found.append(_with_repairs(item, decoded))
    return found


def _with_repairs(item: Found, decoded: tuple[str, ...]) -> Found:
    item.repairs = decoded + item.repairs
    return item
