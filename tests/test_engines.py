"""The engines differ only in where the work runs: the exports are byte-identical with one
process, a process pool, and a (local) Dask cluster, which also clusters the merge's blocks."""
import json
from pathlib import Path

import pytest

from timeline import build_timeline, dedup, write_exports
from timeline.engines import DaskEngine, map_documents

ROOT = Path(__file__).resolve().parents[1]
FORMATS = ["json", "csv", "ics", "timelinejs"]
ECBPLUS = ROOT.parent / "shared" / "data" / "ecbplus-dev"


def _exports(tmp_path, name, paths=(ROOT / "seeds",), **engine):
    out = tmp_path / name
    write_exports(build_timeline(list(paths), **engine), out, FORMATS)
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


@pytest.fixture(scope="module")
def one_process(tmp_path_factory):
    return _exports(tmp_path_factory.mktemp("local"), "one")


def test_a_process_pool_gives_the_same_exports(one_process, tmp_path):
    assert _exports(tmp_path, "pool", jobs=2) == one_process


def test_a_local_dask_cluster_gives_the_same_exports(one_process, tmp_path):
    pytest.importorskip("dask.distributed")
    assert _exports(tmp_path, "dask", engine="dask", jobs=2) == one_process


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0") as cluster, \
            distributed.Client(cluster) as client:
        yield cluster, client


@pytest.fixture(scope="module")
def many_days(tmp_path_factory):
    """The seeds and two ECB+ dev topics (other stories, years apart, undated articles whose
    dates are inferred): many blocks on many dates, read at test time."""
    topics = [ECBPLUS / "topic_01.jsonl", ECBPLUS / "topic_03.jsonl"]
    if not all(t.exists() for t in topics):
        pytest.skip("ECB+ dev data not found beside the repository (../shared/data)")
    corpus = tmp_path_factory.mktemp("corpus") / "ecbplus.jsonl"
    lines = [line for t in topics for line in t.read_text(encoding="utf-8").splitlines()[:10]]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [ROOT / "seeds", corpus]


def _part_tasks(stream) -> list:
    return [t for t in stream.data if str(t["key"]).startswith("_cluster_part-")]


def test_dedup_runs_by_blocks_on_dask_with_the_same_exports(cluster, many_days, tmp_path,
                                                            monkeypatch):
    from dask.distributed import get_task_stream

    cluster, client = cluster
    # Small parts, so that this corpus makes several tasks (the events do not depend on it).
    monkeypatch.setattr(dedup, "PART_SIZE", 40)
    local = _exports(tmp_path, "local", many_days)
    with get_task_stream(client) as stream:
        on_dask = _exports(tmp_path, "dask", many_days, engine="dask",
                           scheduler=cluster.scheduler_address)
    assert on_dask == local
    events = json.loads(local["events.json"])["events"]
    assert len({e["start"][:4] for e in events if e.get("start")}) >= 3  # several years apart
    tasks = _part_tasks(stream)
    assert len(tasks) >= 3
    assert {t["worker"] for t in tasks} <= set(client.scheduler_info()["workers"])


def test_merge_events_maps_every_part_to_the_cluster_in_order(cluster, many_days, monkeypatch):
    from dask.distributed import get_task_stream

    from timeline.ingest import read_documents
    from timeline.pipeline import process_document

    _, client = cluster
    monkeypatch.setattr(dedup, "PART_SIZE", 25)
    documents, _ = read_documents(many_days)
    mentions = [m for d in documents for m in process_document(d)[1]]
    parts = []

    def counted(work, shared, chunks):
        for chunk in chunks:
            parts.append(len(chunk[0]))
            yield work(shared, chunk)

    local = dedup.merge_events(mentions, documents, map_blocks=counted)
    with get_task_stream(client) as stream:
        on_dask = dedup.merge_events(mentions, documents,
                                     map_blocks=DaskEngine(client).map_blocks)
    assert on_dask == local
    assert local == dedup.merge_events(mentions, documents)  # the default loop
    assert len(_part_tasks(stream)) == len(parts) > 3


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


def test_each_result_is_given_before_the_next_document_is_worked():
    # A build pools each document's mentions as they come, so the engine must not hold
    # back every raw result until the last document is done.
    from timeline.engines import LocalEngine, open_engine
    worked = []
    results = LocalEngine(1).iter_documents(lambda n: worked.append(n) or n * n, [1, 2, 3])
    assert next(results) == 1 and worked == [1]
    assert list(results) == [4, 9] and worked == [1, 2, 3]
    pytest.importorskip("dask.distributed")
    with open_engine("dask", 1) as runner:
        seen = []
        assert list(runner.iter_documents(_square, list(range(40)), progress=seen.append)) \
            == [n * n for n in range(40)]
        assert sum(seen) == 40


def test_unknown_engine_and_misplaced_scheduler_are_errors():
    with pytest.raises(ValueError, match="unknown engine"):
        map_documents(_square, [1], engine="spark")
    with pytest.raises(ValueError, match="scheduler"):
        map_documents(_square, [1], scheduler="tcp://scheduler:8786")
