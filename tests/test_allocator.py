"""The command line pins glibc's mmap threshold, so that a large build's freed buffers go
back to the system (timeline.allocator); the library leaves its host's allocator alone."""
import ctypes
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline import allocator
from timeline.cli import main

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _glibc() -> bool:
    try:
        ctypes.CDLL(None).gnu_get_libc_version
    except (OSError, AttributeError):
        return False
    return sys.platform.startswith("linux")


@pytest.mark.skipif(not _glibc(), reason="glibc only")
def test_the_threshold_is_pinned_on_glibc(monkeypatch):
    monkeypatch.delenv("MALLOC_MMAP_THRESHOLD_", raising=False)
    assert allocator.pin_mmap_threshold() is True


def test_an_environment_setting_is_left_to_rule(monkeypatch):
    monkeypatch.setenv("MALLOC_MMAP_THRESHOLD_", "65536")
    assert allocator.pin_mmap_threshold() is False


def test_timeline_build_pins_it_and_the_library_does_not(monkeypatch, tmp_path):
    calls = []
    monkeypatch.setattr(allocator, "pin_mmap_threshold", lambda: calls.append(1) or True)
    from timeline import build_timeline
    build_timeline([SEEDS / sorted(p.name for p in SEEDS.iterdir())[0]])
    assert calls == []
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(tmp_path), "-q",
                                       "--formats", "csv"])
    assert result.exit_code == 0, result.output
    assert calls == [1]
