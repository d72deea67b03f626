"""exports/ is the committed output of the README's run command on seeds/: it must be what
that command writes today, byte for byte (rebuild it with the README's first command)."""
from pathlib import Path

from timeline import build_timeline, write_exports

ROOT = Path(__file__).resolve().parent.parent


def test_committed_exports_match_a_fresh_build(tmp_path):
    committed = ROOT / "exports"
    fresh = write_exports(build_timeline([ROOT / "seeds"]), tmp_path)
    assert sorted(p.name for p in committed.iterdir()) == sorted(p.name for p in fresh)
    stale = [p.name for p in fresh if (committed / p.name).read_bytes() != p.read_bytes()]
    assert not stale, f"exports/ is stale ({stale}): rerun the README's build command"
