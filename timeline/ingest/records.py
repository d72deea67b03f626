"""JSON and JSON Lines: one record, a list of records, or one record per line.

A record is {"text": ..., "id", "published", "title", "url", "outlet", "language"}; only
"text" is required. A bad record or line is reported and skipped, never fatal: one broken
line in a large export should not cost the rest.
"""
from __future__ import annotations

import json
from pathlib import Path

from .guard import (MAX_ARTICLE_BYTES, MAX_RECORDS_BYTES, open_regular, read_capped,
                    refuse_binary, utf16_order)
from .metadata import Found, clean_meta
from .repair import decode_bytes, remove_controls, repair_text

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
        id=None if record_id is None else remove_controls(str(record_id))[0],
        locator=locator,
    )


def _parse(text: str, where: str, warnings: list[str]):
    """The JSON value, or None with a warning: broken syntax, nesting too deep for the
    parser (200,000 brackets), a number too long to convert."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        warnings.append(f"{where}:{error.lineno}: not valid JSON ({error.msg}); skipped")
    except RecursionError:
        warnings.append(f"{where}: JSON nested too deeply to be a record; skipped")
    except ValueError as error:  # e.g. an integer of more than 4,300 digits
        warnings.append(f"{where}: not usable JSON ({error}); skipped")
    return None


def read_json_file(path: Path, where: str, warnings: list[str]) -> list[Found]:
    data = read_capped(path, MAX_RECORDS_BYTES, where, warnings)
    refuse_binary(data)
    text, decoded = decode_bytes(data)
    value = _parse(text, where, warnings)
    if value is None:
        return []
    if isinstance(value, list):
        found = [
            _record(item, f"{where}[{index}]", warnings, f"[{index}]")
            for index, item in enumerate(value)
        ]
    else:
        found = [_record(value, where, warnings, "")]
    return [_with_repairs(item, decoded) for item in found if item is not None]


def _lines(handle, limit: int):
    """Raw lines of at most `limit` bytes, ending at b"\\n" only (a JSON string may hold
    U+2028, which is not a new record); None stands for a longer line, read past unkept."""
    while raw := handle.readline(limit + 1):
        if len(raw) <= limit or raw.endswith(b"\n"):
            yield raw
            continue
        while (rest := handle.readline(limit)) and not rest.endswith(b"\n"):
            pass
        yield None


def read_jsonl_file(path: Path, where: str, warnings: list[str]) -> list[Found]:
    """Streamed a line at a time (a JSONL export can be larger than memory would like); each
    line is decoded on its own and may be at most MAX_ARTICLE_BYTES long. UTF-16 and UTF-32
    files, whose lines cannot be cut as bytes, are read whole."""
    with open_regular(path) as handle:
        head = handle.read(8192)
        handle.seek(0)
        if head.startswith((b"\xff\xfe", b"\xfe\xff")) or utf16_order(head):
            text, decoded = decode_bytes(read_capped(path, MAX_RECORDS_BYTES, where, warnings))
            lines = [line.encode("utf-8") for line in text.split("\n")]
        else:
            refuse_binary(head)
            lines, decoded = _lines(handle, MAX_ARTICLE_BYTES), ()
        found = []
        for number, raw in enumerate(lines, start=1):
            if raw is None:
                warnings.append(f"{where}:{number}: line longer than "
                                f"{MAX_ARTICLE_BYTES // 2**20} MiB; skipped")
                continue
            if not raw.strip():
                continue
            if b"\x00" in raw:
                warnings.append(f"{where}:{number}: NUL bytes, not a JSON line; skipped")
                continue
            line, line_decoded = decode_bytes(raw)
            value = _parse(line, f"{where}:{number}", warnings)
            if value is None:
                continue
            item = _record(value, f"{where}:{number}", warnings, f"#{number}")
            if item is not None:
                found.append(_with_repairs(item, decoded + line_decoded))
    return found


def _with_repairs(item: Found, decoded: tuple[str, ...]) -> Found:
    item.repairs = decoded + item.repairs
    return item
