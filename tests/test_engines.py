"""The engines differ only in where the per-article stages run: the exports are
byte-identical with one process, a process pool, and a (local) Dask cluster."""
from pathlib import Path

import pytest

from timeline import build_timeline, write_exports
from timeline.engines import map_documents

ROOT = Path(__file__).resolve().parents[1]
FORMATS = ["json", "csv", "ics", "timelinejs"]


def _exports(tmp_path, name, **engine):
    out = tmp_path / name
    write_exports(build_timeline([ROOT / "seeds"], **engine), out, FORMATS)
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


@pytest.fixture(scope="module")
def one_process(tmp_path_factory):
    return _exports(tmp_path_factory.mktemp("local"), "one")


def test_a_process_pool_gives_the_same_exports(one_process, tmp_path):
    assert _exports(tmp_path, "pool", jobs=2) == one_process


def test_a_local_dask_cluster_gives_the_same_exports(one_process, tmp_path):
    pytest.importorskip("dask.distributed")
    assert _exports(tmp_path, "dask", engine="dask", jobs=2) == one_process


def _square(n):
    return n * n


def test_results_keep_the_documents_order_and_progress_counts_them():
    pytest.importorskip("dask.distributed")
    items = list(range(50))
    for engine, jobs in (("local", 1), ("local", 2), ("dask", 2)):
        seen = []
        assert map_documents(_square, items, engine=engine, jobs=jobs,
                             progress=seen.append) == [n * n for n in items]
        assert sum(seen) == len(items)


def test_unknown_engine_and_misplaced_scheduler_are_errors():
    with pytest.raises(ValueError, match="unknown engine"):
        map_documents(_square, [1], engine="spark")
    with pytest.raises(ValueError, match="scheduler"):
        map_documents(_square, [1], scheduler="tcp://scheduler:8786")
