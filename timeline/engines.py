"""Where the work runs: in this process, in a pool of processes, or on Dask.

Everything before the merge is a pure function of one document, so the engines differ only in
where `work(document)` is called; results come back in the documents' order, and the exports
are byte-identical whatever the engine or the number of jobs.

    map_documents(work, documents)                         # one process
    map_documents(work, documents, jobs=2)                 # a local process pool
    map_documents(work, documents, engine="dask", jobs=2)  # a local Dask cluster
    map_documents(work, documents, engine="dask", scheduler="tcp://host:8786")

A build opens one engine for all its stages (`open_engine`): the per-document stages use its
`map_documents`, and the merge its `map_blocks` (timeline.dedup.merge_events), which runs the
clustering of the merge's blocks one part after the other here, or as Dask tasks on the same
cluster, with the data every part reads shipped to each worker once.

Documents travel in batches (`BATCH`), so the cost of shipping a task is paid per batch,
not per article. Dask is imported only when it is asked for (`pip install 'timeline[dask]'`).
"""
from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from functools import partial
from typing import Callable, Iterable, Iterator, Sequence, TypeVar

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


class LocalEngine:
    """This process, or a pool of `jobs` processes for the per-document stages."""

    def __init__(self, jobs: int = 1):
        self.jobs = jobs

    def map_documents(self, work: Callable[..., R], documents: Sequence,
                      progress: Callable[[int], None] | None = None) -> list[R]:
        """[work(d) for d in documents]; progress(n) after n more."""
        return list(self.iter_documents(work, documents, progress))

    def iter_documents(self, work: Callable[..., R], documents: Sequence,
                       progress: Callable[[int], None] | None = None) -> Iterator[R]:
        """work(d) for each document, in order, each given as soon as it is made (a caller
        that keeps a compact form of each need never hold every raw result at once)."""
        documents = list(documents)
        if self.jobs <= 1 or len(documents) <= 1:
            for doc in documents:
                yield work(doc)
                if progress:
                    progress(1)
            return
        batches = _batches(documents, BATCH)
        with ProcessPoolExecutor(max_workers=self.jobs) as pool:
            for batch, done in zip(batches, pool.map(partial(_run_batch, work), batches)):
                yield from done
                if progress:
                    progress(len(batch))

    def map_blocks(self, work: Callable, shared: object, parts: Iterable) -> Iterator:
        """work(shared, part) for each part, in order, one at a time (parts may be lazy)."""
        return (work(shared, part) for part in parts)


class DaskEngine:
    """A dask.distributed Client: batches of documents and parts of the merge are its tasks."""

    def __init__(self, client):
        self.client = client

    def map_documents(self, work, documents, progress=None) -> list:
        return run_on_client(self.client, work, list(documents), progress)

    def iter_documents(self, work, documents, progress=None) -> Iterator:
        """As map_documents, each batch's results taken in order and released on the
        cluster once given."""
        futures = self.client.map(partial(_run_batch, work), _batches(list(documents), BATCH),
                                  pure=False)
        try:
            for future in futures:
                done = future.result()
                future.release()
                if progress:
                    progress(len(done))
                yield from done
        finally:
            for future in futures:
                future.release()

    def map_blocks(self, work: Callable, shared: object, parts: Iterable) -> Iterator:
        """work(shared, part) for each part as a task, the results in the parts' order.
        `shared` is scattered to every worker once, so the tasks carry only their parts."""
        [data] = self.client.scatter([shared], broadcast=True, hash=False)
        futures = [self.client.submit(work, data, part, pure=False) for part in parts]
        try:
            for future in futures:
                yield future.result()
                future.release()  # its result is taken: the cluster need not keep it
        finally:
            for future in futures:
                future.release()
            data.release()


@contextmanager
def open_engine(engine: str = "local", jobs: int = 1, scheduler: str | None = None):
    """The engine for one build: a LocalEngine, or a DaskEngine on a local cluster of `jobs`
    worker processes (or on the running scheduler at `scheduler`), closed at the end."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}")
    if engine == "local":
        if scheduler:
            raise ValueError("a scheduler address is for --engine dask")
        yield LocalEngine(jobs)
        return
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
        yield DaskEngine(client)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def map_documents(work: Callable[..., R], documents: Sequence, engine: str = "local",
                  jobs: int = 1, scheduler: str | None = None,
                  progress: Callable[[int], None] | None = None) -> list[R]:
    """[work(d) for d in documents], computed by the engine; progress(n) after n more."""
    with open_engine(engine, jobs, scheduler) as runner:
        return runner.map_documents(work, documents, progress)


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
