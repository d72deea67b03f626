"""What the readers refuse or cut, so that no input file can hang, exhaust or poison a build.

* Only regular files are opened: a FIFO would block the build forever, a device never ends.
* An article file is read up to `MAX_ARTICLE_BYTES`; a longer one is a dump, not an article,
  and is cut at a line break, with a warning. Record files (JSON, JSONL) hold many articles
  and are bounded per record instead.
* Binary data (images, archives, executables, anything with NUL bytes that is not UTF-16/32)
  is not text: it is skipped with a warning naming what it looks like.
* A document's text is cut to `MAX_TEXT_CHARS` at a paragraph break, with a warning.

Every refusal is a warning naming the file; nothing is dropped silently.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

MAX_ARTICLE_BYTES = 8 * 2**20  # 8 MiB: a long feature is 100 KB, a book 1 MB
MAX_RECORDS_BYTES = 512 * 2**20  # a .json file is parsed whole; JSONL is streamed instead
MAX_TEXT_CHARS = 2_000_000  # per document, after decoding

# Leading bytes of common binary formats, with the name a warning gives them.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "a Windows executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
_SNIFF = 8192  # bytes looked at to tell text from binary
# In text, NUL and the other control characters but tab, new line, carriage return, form feed
# and escape are rare (a stray one is removed by repair); past this share of the sniffed
# bytes the file is binary. Uniform random bytes have about 10%.
_CONTROL_SHARE = 0.05
_TEXT_CONTROLS = {9, 10, 12, 13, 27}


class Refused(Exception):
    """A file that is not read, with the one-line reason the warning gives."""


def _kind_of(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def check_regular(path: Path) -> int:
    """The file's size; Refused for anything that is not a regular file (after symlinks)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            raise Refused("a symbolic link to nothing") from None
        raise Refused("vanished before it could be read") from None
    except OSError as error:  # ELOOP: a link that leads back to itself
        raise Refused(f"cannot be reached ({error.strerror or error})") from None
    if not stat.S_ISREG(info.st_mode):
        raise Refused(f"{_kind_of(info.st_mode)}, not an article")
    return info.st_size


def read_capped(path: Path, limit: int, where: str, warnings: list[str]) -> bytes:
    """At most `limit` bytes of a regular file, cut at a line break if it is longer.

    O_NONBLOCK keeps a FIFO swapped in after the check from blocking the open."""
    with open_regular(path) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        cut = data.rfind(b"\n", 0, limit)
        data = data[: cut if cut > limit // 2 else limit]
        warnings.append(f"{where}: longer than {limit // 2**20} MiB; only the first "
                        f"{len(data):,} bytes are read")
    return data


def binary_kind(data: bytes) -> str | None:
    """What binary data looks like ("a PNG image"), or None for text in any encoding."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    head = data[:_SNIFF]
    if not head:
        return None
    if b"\x00" in head and (utf16_order(head) or head.startswith((b"\xff\xfe", b"\xfe\xff"))):
        return None
    controls = sum(1 for b in head if b < 32 and b not in _TEXT_CONTROLS)
    if controls > _CONTROL_SHARE * len(head):
        return "binary data (NUL and control bytes)"
    return None


def utf16_order(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' for BOM-less UTF-16 of mostly Latin text, else None.

    Such text has a NUL in every other byte: at odd offsets (LE) or even offsets (BE)."""
    head = data[: _SNIFF - _SNIFF % 2]
    if len(head) < 4:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def cut_text(text: str, where: str, warnings: list[str], limit: int | None = None) -> str:
    """The text, cut at the last paragraph (or line) break before `limit` characters
    (default MAX_TEXT_CHARS)."""
    limit = limit or MAX_TEXT_CHARS
    if len(text) <= limit:
        return text
    cut = text.rfind("\n\n", 0, limit)
    if cut <= limit // 2:
        cut = text.rfind("\n", 0, limit)
    kept = text[: cut if cut > limit // 2 else limit]
    warnings.append(f"{where}: {len(text):,} characters; only the first {len(kept):,} are read "
                    f"(a document is cut at {limit:,})")
    return kept


def refuse_binary(data: bytes) -> None:
    kind = binary_kind(data)
    if kind:
        raise Refused(f"{kind}, not text")


def open_regular(path: Path):
    """A binary handle on a regular file (see `read_capped`); Refused for anything else."""
    check_regular(path)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise Refused("not a regular file, not an article")
    return os.fdopen(fd, "rb")
