"""A build killed while it writes its exports leaves every previous export whole: each file
is written beside its target and renamed over it."""
import os
import subprocess
import sys
from pathlib import Path

from timeline import build_timeline, write_exports

ARTICLE = "---\npublished: 2023-03-20\n---\n{words} arrived in Moscow on Monday for talks.\n"

# Builds, then kills its own process (SIGKILL: no cleanup runs) in the middle of writing the
# third export, after its bytes are written but before the rename.
KILLER = """
import os, signal, sys
from timeline import build_timeline, write_exports
calls = 0
real_fsync = os.fsync
def fsync(fd):
    global calls
    calls += 1
    if calls == 3:
        os.kill(os.getpid(), signal.SIGKILL)
    real_fsync(fd)
os.fsync = fsync
write_exports(build_timeline([sys.argv[1]]), sys.argv[2])
"""


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if not p.name.startswith(".")}


def test_a_killed_build_leaves_the_previous_exports_whole(tmp_path):
    articles = tmp_path / "in"
    articles.mkdir()
    (articles / "a.txt").write_text(ARTICLE.format(words="Xi"))
    out = tmp_path / "out"
    write_exports(build_timeline([articles]), out)
    before = _snapshot(out)

    (articles / "a.txt").write_text(ARTICLE.format(words="The Chinese president"))
    done = subprocess.run([sys.executable, "-c", KILLER, str(articles), str(out)],
                          capture_output=True, timeout=300)
    assert done.returncode == -9, done.stderr.decode()

    after = _snapshot(out)
    assert set(after) == set(before)
    fresh = tmp_path / "fresh"
    write_exports(build_timeline([articles]), fresh)
    new = _snapshot(fresh)
    assert new != before
    for name, data in after.items():  # every file is the old one or the new one, whole
        assert data in (before[name], new[name]), name
    assert sum(after[n] == new[n] for n in after) == 2  # two renames happened before the kill

    # the next build clears the temporary file the killed one left behind
    assert any(p.name.endswith(".tmp") for p in out.iterdir())
    write_exports(build_timeline([articles]), out)
    assert not any(p.name.endswith(".tmp") for p in out.iterdir())
    assert _snapshot(out) == new


def test_exports_are_readable_by_others(tmp_path):
    articles = tmp_path / "in"
    articles.mkdir()
    (articles / "a.txt").write_text(ARTICLE.format(words="Xi"))
    for path in write_exports(build_timeline([articles]), tmp_path / "out"):
        assert os.stat(path).st_mode & 0o044 == 0o044
