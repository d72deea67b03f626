"""Where the per-document stages run: in this process, in a pool of processes, or on Dask.

Everything before the merge is a pure function of one document, so the engines differ only in
where `work(document)` is called; results come back in the documents' order, and the exports
are byte-identical whatever the engine or the number of jobs.

    map_documents(work, documents)                         # one process
    map_documents(work, documents, jobs=2)                 # a local process pool
    map_documents(work, documents, engine="dask", jobs=2)  # a local Dask cluster
    map_documents(work, documents, engine="dask", scheduler="tcp://host:8786")

Documents travel in batches (`BATCH`), so the cost of shipping a task is paid per batch,
not per article. Dask is imported only when it is asked for (`pip install 'timeline[dask]'`).
"""
from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from functools import partial
from typing import Callable, Sequence, TypeVar

ENGINES = ("local", "dask")
# Documents per task: large enough that shipping a task costs little beside tagging its
# articles (a news article takes milliseconds), small enough to balance two workers on a
# few hundred articles and to move the progress bar.
BATCH = 16

R = TypeVar("R")


def _run_batch(work: Callable, batch: Sequence) -> list:
    return [work(item) for item in batch]


def _batches(items: Sequence, size: int) -> list[Sequence]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def map_documents(work: Callable[..., R], documents: Sequence, engine: str = "local",
                  jobs: int = 1, scheduler: str | None = None,
                  progress: Callable[[int], None] | None = None) -> list[R]:
    """[work(d) for d in documents], computed by the engine; progress(n) after n more."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}")
    documents = list(documents)
    if engine == "dask":
        return _on_dask(work, documents, jobs, scheduler, progress)
    if scheduler:
        raise ValueError("a scheduler address is for --engine dask")
    if jobs <= 1 or len(documents) <= 1:
        results = []
        for doc in documents:
            results.append(work(doc))
            if progress:
                progress(1)
        return results
    batches = _batches(documents, BATCH)
    results = []
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for batch, done in zip(batches, pool.map(partial(_run_batch, work), batches)):
            results.extend(done)
            if progress:
                progress(len(batch))
    return results


def _on_dask(work, documents, jobs, scheduler, progress):
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as error:
        raise RuntimeError("--engine dask needs dask.distributed: "
                           "pip install 'timeline[dask]'") from error
    if scheduler:
        client, cluster = Client(scheduler), None
    else:
        # Processes, not threads: the stages are pure Python and hold the GIL.
        cluster = LocalCluster(n_workers=max(jobs, 1), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        return run_on_client(client, work, documents, progress)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def run_on_client(client, work, documents, progress=None) -> list:
    """The map on an existing dask.distributed Client, in the documents' order."""
    from dask.distributed import as_completed

    batches = _batches(documents, BATCH)
    futures = client.map(partial(_run_batch, work), batches, pure=False)
    size = {future.key: len(batch) for future, batch in zip(futures, batches)}
    for future in as_completed(futures):
        if progress:
            progress(size[future.key])
    results = []
    for done in client.gather(futures):
        results.extend(done)
    return results
