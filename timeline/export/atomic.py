"""Write a file so that readers see either the old one or the new one, never half of each.

The bytes go to a temporary file in the same folder (so the rename stays on one file system),
are flushed to disk, and the temporary file is renamed over the target: a build killed half way
leaves the previous export whole, and a failed write leaves no stray temporary file behind.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Iterable

_UMASK = os.umask(0)  # read once: the call sets it, so it is put straight back
os.umask(_UMASK)


def write_atomic(path, data: bytes | Iterable[bytes]) -> Path:
    """Write `data` (bytes, or an iterable of byte strings written as they come) to path."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            if isinstance(data, (bytes, bytearray)):
                out.write(data)
            else:
                out.writelines(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o666 & ~_UMASK)  # as open() would; mkstemp's 0600 hides the export
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return path
