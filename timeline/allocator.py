"""Keep a long build's resident memory near what it uses (Linux with glibc; elsewhere a no-op).

glibc gives a request of at least its mmap threshold a mapping of its own, returned to the
system when freed. But each time such a block is freed it raises the threshold to that
block's size (up to 32 MiB), so later buffers of a few MiB (a merge's numpy columns, a
large block's pair sums) come from the heap, where freed memory below the top stays
resident. Pinning the threshold turns that adjustment off: on 100,000 articles this kept
about a hundred MB of freed buffers from counting at the merge's peak (benchmarks/README.md).

Only the command line calls `pin_mmap_threshold`: a library must not change its host
process's allocator. Setting MALLOC_MMAP_THRESHOLD_=131072 in the environment does the
same for any process (and, when it is set, is left to rule).
"""
from __future__ import annotations

import ctypes
import os
import sys

M_MMAP_THRESHOLD = -3  # mallopt's parameter number (malloc.h)
MMAP_THRESHOLD = 128 * 1024  # glibc's own starting value, pinned


def pin_mmap_threshold() -> bool:
    """Pin glibc's mmap threshold for this process; True if it was set."""
    if not sys.platform.startswith("linux") or "MALLOC_MMAP_THRESHOLD_" in os.environ:
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt  # the C library this process runs on
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    return mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD) == 1
